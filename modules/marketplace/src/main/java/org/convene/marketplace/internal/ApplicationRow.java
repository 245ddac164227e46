package org.convene.marketplace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.marketplace.ApplicationStatus;

/** An exhibitor's application; decidedBy/decidedAt audit the current status. */
@MappedEntity("marketplace_application")
record ApplicationRow(@Id @GeneratedValue @Nullable Long id, long summitId, long userId, long registrationId, String organisation,
                      String projectTitle, String description, ApplicationStatus status, Instant appliedAt, Instant updatedAt,
                      @Nullable Long decidedBy, @Nullable Instant decidedAt) {

    ApplicationRow withText(String newOrganisation, String newTitle, String newDescription, Instant at) {
        return new ApplicationRow(id, summitId, userId, registrationId, newOrganisation, newTitle, newDescription, status, appliedAt, at,
                decidedBy, decidedAt);
    }

    ApplicationRow decided(ApplicationStatus newStatus, long by, Instant at) {
        return new ApplicationRow(id, summitId, userId, registrationId, organisation, projectTitle, description, newStatus, appliedAt,
                at, by, at);
    }
}
