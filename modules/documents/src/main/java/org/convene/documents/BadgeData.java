package org.convene.documents;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one badge shows. Texts are as the person writes them (any script); the renderer shapes and
 * orders right-to-left text itself.
 *
 * @param displayName  the name in the person's own script, e.g. "محمد" or "李明"
 * @param latinName    the Latin form, printed beneath when it differs; may be {@code null}
 * @param organisation the organisation; may be blank
 * @param country      the country name as it should be printed; may be blank
 * @param role         the role label, e.g. "Delegate"; may be blank
 * @param group        the stakeholder group, which gives the colour band
 * @param photo        JPEG or PNG bytes of the photo; may be {@code null}
 * @param qrPayload    what the QR code holds: an opaque token from {@link BadgeTokens}, never personal data
 */
public record BadgeData(
        String displayName,
        String latinName,
        String organisation,
        String country,
        String role,
        StakeholderGroup group,
        byte[] photo,
        String qrPayload) {

    public BadgeData {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("displayName is required");
        }
        Objects.requireNonNull(group, "group");
        if (qrPayload == null || qrPayload.isEmpty()) {
            throw new IllegalArgumentException("qrPayload is required");
        }
        organisation = organisation == null ? "" : organisation;
        country = country == null ? "" : country;
        role = role == null ? "" : role;
        // A copy, so a caller reusing its buffer cannot change a badge after the fact.
        photo = photo == null ? null : photo.clone();
    }

    /** A badge without photo. */
    public BadgeData(String displayName, String latinName, String organisation, String country,
                     String role, StakeholderGroup group, String qrPayload) {
        this(displayName, latinName, organisation, country, role, group, null, qrPayload);
    }

    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    /** Whether the badge prints the Latin form beneath the name: only when there is one and it differs. */
    public boolean showsLatinName() {
        return latinName != null && !latinName.isBlank() && !latinName.strip().equals(displayName.strip());
    }

    // Records compare arrays by identity; badges are values, so compare the photo's content.
    @Override
    public boolean equals(Object o) {
        return o instanceof BadgeData b
                && displayName.equals(b.displayName) && Objects.equals(latinName, b.latinName)
                && organisation.equals(b.organisation) && country.equals(b.country) && role.equals(b.role)
                && group.equals(b.group) && Arrays.equals(photo, b.photo) && qrPayload.equals(b.qrPayload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(displayName, latinName, organisation, country, role, group, Arrays.hashCode(photo), qrPayload);
    }

    @Override
    public String toString() {
        return "BadgeData[" + displayName + ", " + group.label() + (photo == null ? "" : ", photo") + "]";
    }
}
