package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.convene.delegations.GroupKind;

/**
 * A delegate at a roundtable.
 *
 * @param region the UN M49 continent of the delegate's nationality ("150" Europe …), or "UNSPECIFIED"
 * @param choice which of the delegate's choices this roundtable is (1–3), none when it is not one of them
 * @param manual placed by hand; an assignment keeps it
 */
@Serdeable
public record SeatView(long registrationId, long roundtableId, String name, @Nullable String latinName, long groupId,
                       GroupKind groupKind, String region, @Nullable Integer choice, boolean manual) {
}
