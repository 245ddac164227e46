package org.convene.documents;

/**
 * Renders agendas (a summit's programme, a person's agenda) as A4 PDF with the same bundled fonts
 * and right-to-left shaping as badges, so titles and names print in any script.
 */
public interface AgendaRenderer {
    byte[] render(AgendaDocument agenda);
}
