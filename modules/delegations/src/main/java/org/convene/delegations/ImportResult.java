package org.convene.delegations;

import io.micronaut.serde.annotation.Serdeable;

/** What a confirmed file created: people nominated, people put on the waiting list, and people skipped as already registered. */
@Serdeable
public record ImportResult(int nominated, int waitingList, int alreadyRegistered) {
    public int created() {
        return nominated + waitingList;
    }
}
