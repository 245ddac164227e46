package org.convene.roundtables;

/** A roundtable's background paper for download: always a PDF that opened when it was stored. */
public record BackgroundPaper(String fileName, byte[] content) {
}
