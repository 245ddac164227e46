package org.convene.documents;

/** Renders consultation reports as A4 PDF with the bundled fonts and right-to-left shaping of badges and agendas. */
public interface ConsultationReportRenderer {
    byte[] render(ConsultationReport report);
}
