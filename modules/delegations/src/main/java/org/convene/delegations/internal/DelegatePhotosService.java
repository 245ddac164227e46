package org.convene.delegations.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegatePhotos;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.NotFoundException;

/**
 * Photos, checked and re-encoded by {@link PhotoImages} before anything is written. Not
 * transactional: the work is decoding, done outside any transaction, and each write is one
 * statement.
 */
@Singleton
class DelegatePhotosService implements DelegatePhotos {
    private final Registrations registrations;
    private final Groups groups;
    private final Photos photos;
    private final Clock clock;

    DelegatePhotosService(Registrations registrations, Groups groups, Photos photos, Clock clock) {
        this.registrations = registrations;
        this.groups = groups;
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    public void set(Actor actor, long registrationId, byte[] upload) {
        requireManage(actor, registrationId, "set the photo of");
        PhotoImages.Encoded photo = PhotoImages.normalise(upload);
        photos.store(registrationId, photo.jpeg(), photo.width(), photo.height(), clock.instant(), actor.userId());
    }

    @Override
    public void remove(Actor actor, long registrationId) {
        requireManage(actor, registrationId, "remove the photo of");
        photos.deleteById(registrationId);
    }

    @Override
    public Optional<byte[]> find(Actor actor, long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
        if (!Access.mayCheckIn(actor) && !manages(actor, registration)) {
            throw new NotFoundException("registration", registrationId);
        }
        return photos.findById(registrationId).map(Photo::jpeg);
    }

    /** Someone who may not even see the registration is told it does not exist, as for any read. */
    private void requireManage(Actor actor, long registrationId, String action) {
        Registration registration = registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
        if (manages(actor, registration)) {
            return;
        }
        if (Access.mayCheckIn(actor)) {
            throw new AccessDeniedException(action);
        }
        throw new NotFoundException("registration", registrationId);
    }

    private boolean manages(Actor actor, Registration registration) {
        return groups.findById(registration.groupId()).map(g -> Access.mayManage(actor, g)).orElse(false);
    }
}
