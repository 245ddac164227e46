package org.convene.documents;

import java.util.List;

/**
 * Simple charts as SVG, drawn the same way on every machine (no fonts beyond the JDK's logical
 * ones are needed for the Latin labels they carry). Screens show them as images beside the
 * figures in text, so they are never the only way to read a number.
 */
public interface Charts {
    /** A bar chart, one bar per entry in the given order; horizontal bars suit long labels. */
    String bars(String title, String valueAxis, List<Bar> bars, boolean horizontal, int width, int height);

    record Bar(String label, long value) {
    }
}
