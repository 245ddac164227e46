package org.convene.delegations;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What the desk sees after a scan: the person, their group, whether this scan checked them in
 * ({@code firstScan}) or they were in already, and when and by whom (display name) they were
 * checked in.
 */
@Serdeable
public record CheckIn(RegistrationView registration, GroupView group, boolean firstScan, Instant checkedInAt,
                      String checkedInBy, boolean hasPhoto) {
}
