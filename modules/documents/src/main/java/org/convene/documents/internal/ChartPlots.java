package org.convene.documents.internal;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.convene.documents.Charts.Bar;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/** The charts' look, shared by the screens' SVG and the reports' images. */
final class ChartPlots {
    /** Lumo's primary blue, so charts match the screens around them. */
    static final Color BAR = new Color(0x1676F3);
    /** Pie slices: Lumo's blue, then colours told apart also in grey print. */
    private static final Color[] SLICES = {BAR, new Color(0xE8833A), new Color(0x2E9E5B), new Color(0x8E5BD6),
            new Color(0xC94A4A), new Color(0x7A7A7A)};
    static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartPlots() {
    }

    static JFreeChart bars(String title, String valueAxis, List<Bar> bars, boolean horizontal) {
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
        // Horizontal bars exist for long labels ("Civil Society Mechanism"): give them a third of the width before cutting.
        if (horizontal) {
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(LABELS);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.12);
        return chart;
    }

    /** A pie with each slice labelled "label: value (percent)". */
    static JFreeChart pie(String title, List<Bar> slices) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        slices.forEach(s -> data.setValue(s.label(), s.value()));
        JFreeChart chart = ChartFactory.createPieChart(title, data, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(LABELS.deriveFont(Font.BOLD, 14f));
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setLabelFont(LABELS);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})"));
        for (int i = 0; i < slices.size(); i++) {
            plot.setSectionPaint(slices.get(i).label(), SLICES[i % SLICES.length]);
        }
        return chart;
    }
}
