package org.convene.delegations.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.convene.delegations.RegistrationApproved;
import org.convene.delegations.RegistrationRejected;
import org.convene.delegations.WaitlistPromoted;

/** Records the module's events as a later mail module would receive them. */
@Singleton
class CapturedEvents {
    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(WaitlistPromoted event) {
        events.add(event);
    }

    @EventListener
    void on(RegistrationApproved event) {
        events.add(event);
    }

    @EventListener
    void on(RegistrationRejected event) {
        events.add(event);
    }

    void clear() {
        events.clear();
    }

    <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
