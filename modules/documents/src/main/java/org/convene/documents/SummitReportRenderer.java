package org.convene.documents;

/**
 * Renders summit reports as A4 PDF with a table of contents, page numbers, charts as images and
 * the bundled fonts and right-to-left shaping of the other documents.
 */
public interface SummitReportRenderer {
    byte[] render(SummitReport report);
}
