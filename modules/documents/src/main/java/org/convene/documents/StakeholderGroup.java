package org.convene.documents;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stakeholder group as a badge shows it: a label for the colour band and the band's colour.
 * A name and a colour rather than an enum, because the groups are the summit's data (kept by
 * another module), not this library's; the caller maps its own group to this.
 *
 * @param label  printed in the band, e.g. "Civil society"
 * @param colour the band colour as {@code #RRGGBB}
 */
public record StakeholderGroup(String label, String colour) {

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    public StakeholderGroup {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        if (!HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour must look like #RRGGBB, was " + colour);
        }
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return Integer.parseInt(colour.substring(1), 16);
    }
}
