package org.convene.delegations;

import java.util.Optional;

/**
 * The optional photo of a registered person, printed on the badge and shown at the check-in desk.
 * Whoever may manage the registration (the lead or focal point of its group, the chair office) sets
 * and removes it; whoever may see the registration reads it. An upload is never stored as sent: it
 * must decode as a whole JPEG or PNG within {@link #MAX_BYTES} and {@link #MAX_PIXELS}, and is
 * re-encoded as a badge-sized JPEG, which drops every piece of metadata (EXIF, GPS position).
 */
public interface DelegatePhotos {
    /** Largest upload accepted, in bytes. */
    int MAX_BYTES = 5 * 1024 * 1024;
    /** Largest image accepted, in decoded pixels, checked from the header before decoding. */
    long MAX_PIXELS = 50_000_000L;
    /** Smallest side accepted, in pixels: anything smaller would print as a blur. */
    int MIN_SIDE = 100;

    /**
     * Stores the photo, replacing any earlier one.
     *
     * @throws org.convene.platform.InvalidInputException field {@code photo}, code {@code photo.required},
     *         {@code photo.too-large}, {@code photo.type}, {@code photo.dimensions}, {@code photo.too-small}
     *         or {@code photo.unreadable} (a renamed file or a cut-off image)
     */
    void set(Actor actor, long registrationId, byte[] upload);

    /** Removes the photo; nothing happens when there is none. */
    void remove(Actor actor, long registrationId);

    /** The stored JPEG, if there is one. */
    Optional<byte[]> find(Actor actor, long registrationId);
}
