package org.convene.delegations;

import java.time.Instant;
import org.convene.platform.ConflictException;

/** A second scan of a badge: the person came in already, at {@code at}, checked in by {@code by}. */
public class AlreadyCheckedInException extends ConflictException {
    public static final String CODE = "registration.already-checked-in";

    private final transient CheckIn first;

    public AlreadyCheckedInException(CheckIn first) {
        super("status", CODE, "checked in already at " + first.checkedInAt() + " by " + first.checkedInBy());
        this.first = first;
    }

    public CheckIn first() {
        return first;
    }
}
