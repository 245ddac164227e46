package org.convene.documents.internal;

import jakarta.inject.Singleton;
import java.awt.Rectangle;
import java.util.List;
import org.convene.documents.Charts;
import org.jfree.svg.SVGGraphics2D;

/** JFreeChart drawing into JFreeSVG's Graphics2D: no AWT window, so it runs headless. */
@Singleton
class JFreeCharts implements Charts {
    @Override
    public String bars(String title, String valueAxis, List<Bar> bars, boolean horizontal, int width, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        ChartPlots.bars(title, valueAxis, bars, horizontal).draw(svg, new Rectangle(0, 0, width, height));
        return svg.getSVGElement();
    }
}
