package org.convene.marketplace;

/** A stored image: its bytes (re-encoded on upload, so only pixels survive) and its media type. */
public record ImageFile(byte[] content, String mediaType) {
}
