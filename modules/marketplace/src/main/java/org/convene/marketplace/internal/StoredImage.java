package org.convene.marketplace.internal;

import io.micronaut.core.annotation.Introspected;

/** An image's bytes and type, read alone: lists never carry them. */
@Introspected
record StoredImage(byte[] image, String imageType) {
}
