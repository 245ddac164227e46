package org.convene.documents.internal;

import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.convene.documents.Charts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** JFreeChart drawing into JFreeSVG's Graphics2D: no AWT window, so it runs headless. */
@Singleton
class JFreeCharts implements Charts {
    /** Lumo's primary blue, so charts match the screens around them. */
    private static final Color BAR = new Color(0x1676F3);
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    @Override
    public String bars(String title, String valueAxis, List<Bar> bars, boolean horizontal, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bars.forEach(b -> data.addValue(b.value(), valueAxis, b.label()));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(LABELS.deriveFont(Font.BOLD, 14f));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setTickLabelFont(LABELS);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(LABELS);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.12);
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        return svg.getSVGElement();
    }
}
