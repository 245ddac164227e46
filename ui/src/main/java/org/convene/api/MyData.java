package org.convene.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.PersonalData;
import org.convene.delegations.PersonalDataExport;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.identity.UserView;

/**
 * Everything Convene holds about the signed-in person, as one JSON document: their account, their
 * profile and, for each registration, the same export the chair office can make. The API answers it
 * and the account page offers it as a download.
 */
@Serdeable
public record MyData(UserView account, Profile profile,
                     // Written even when empty: "no registration" is part of the answer.
                     @JsonInclude(JsonInclude.Include.ALWAYS) List<PersonalDataExport> registrations) {

    /** Gathers the document from the modules that hold the parts. */
    @Singleton
    public static class Gatherer {
        private final Profiles profiles;
        private final PersonalData personalData;

        Gatherer(Profiles profiles, PersonalData personalData) {
            this.profiles = profiles;
            this.personalData = personalData;
        }

        public MyData of(UserView user) {
            return new MyData(user, profiles.of(user.id()), personalData.exportOwn(Actor.of(user)));
        }
    }
}
