package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the delegations module holds about one registered person: the person as registered,
 * the group and summit, where the registration stands, and its whole history (who changed it, when,
 * and why), the answers to the summit's extra questions by their label, and the photo (a JPEG, in Base64). {@code erasedAt} is set once the person was erased; the person then holds no personal data.
 */
@Serdeable
public record PersonalDataExport(
        long registrationId,
        long summitId,
        String summitTitle,
        ExportedGroup group,
        Person person,
        RegistrationStatus status,
        @Nullable Integer waitlistPosition,
        Instant registeredAt,
        List<StatusChangeView> history,
        @Nullable Instant erasedAt,
        Map<String, String> customAnswers,
        @Nullable String photoJpegBase64) {

    /** The group the person is registered in. */
    @Serdeable
    public record ExportedGroup(long id, GroupKind kind, @Nullable String stateCode, @Nullable String name) {
    }
}
