package org.convene.delegations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.delegations.AlreadyCheckedInException;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.CheckIn;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.documents.BadgeData;
import org.convene.documents.BadgeRenderer;
import org.convene.documents.BadgeToken;
import org.convene.documents.BadgeTokens;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.DeadlockRetry;

/**
 * Puts a registration on a badge through the documents module, and checks in by token. A badge is
 * rendered before anything is written, so a failed rendering changes nothing; the print is then
 * recorded (status and serial) in one transaction.
 */
@Singleton
class BadgePrintingService implements BadgePrinting {
    private final DelegateRegistration registrationFacade;
    private final Registrations registrations;
    private final Groups groups;
    private final RoleQuotas roleQuotas;
    private final Badges badges;
    private final Photos photos;
    private final StatusChanges history;
    private final BadgeContent content;
    private final BadgeWrites writes;
    private final BadgeRenderer renderer;
    private final BadgeTokens tokens;
    private final UserManagement users;
    private final OwnRegistrations own;

    BadgePrintingService(DelegateRegistration registrationFacade, Registrations registrations, Groups groups, RoleQuotas roleQuotas,
                         Badges badges, Photos photos, StatusChanges history, BadgeContent content, BadgeWrites writes,
                         BadgeRenderer renderer, BadgeTokens tokens, UserManagement users, OwnRegistrations own) {
        this.own = own;
        this.registrationFacade = registrationFacade;
        this.registrations = registrations;
        this.groups = groups;
        this.roleQuotas = roleQuotas;
        this.badges = badges;
        this.photos = photos;
        this.history = history;
        this.content = content;
        this.writes = writes;
        this.renderer = renderer;
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public byte[] badge(Actor actor, long registrationId) {
        // Not found for whoever may not see it; then only the chair office prints.
        registrationFacade.find(actor, registrationId);
        Access.requireChairOffice(actor, "print the badge of");
        Registration registration = registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
        if (!printable(registration.status()) && registration.status() != RegistrationStatus.CHECKED_IN) {
            throw BadgeWrites.notApproved();
        }
        BadgeContent.Planned planned = content.plan(List.of(registration)).getFirst();
        byte[] pdf = renderer.a6(List.of(planned.data()));
        DeadlockRetry.run(() -> writes.record(actor, List.of(planned.printed()), true));
        return pdf;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] ownBadge(Actor actor, long registrationId) {
        NotFoundException notFound = new NotFoundException("registration", registrationId);
        Registration registration = own.one(actor, registrationId).orElseThrow(() -> notFound);
        if (!registration.status().hasBadge()) {
            throw new ConflictException("status", "badge.not-issued", "the badge is not issued yet");
        }
        BadgeData badge = content.current(registration)
                .orElseThrow(() -> new ConflictException("status", "badge.not-issued", "the badge is not issued yet"));
        return renderer.a6(List.of(badge));
    }

    /** What a batch prints: approved registrations, and reprints of issued badges. */
    static boolean printable(RegistrationStatus status) {
        return status == RegistrationStatus.APPROVED || status == RegistrationStatus.BADGE_ISSUED;
    }

    @Override
    public RegistrationView checkIn(Actor actor, String token) {
        CheckIn result = scan(actor, token);
        if (!result.firstScan()) {
            throw new AlreadyCheckedInException(result);
        }
        return result.registration();
    }

    @Override
    public CheckIn scan(Actor actor, String token) {
        if (!Access.mayCheckIn(actor)) {
            throw new AccessDeniedException("check in");
        }
        BadgeToken read = (token == null ? Optional.<BadgeToken>empty() : tokens.read(token.strip()))
                .orElseThrow(() -> InvalidInputException.of("token", "badge.token.invalid", "this is not a valid Convene badge"));
        Registration registration = registrations.findById(read.registrationId()).orElseThrow(BadgePrintingService::unknown);
        if (registration.status() == RegistrationStatus.WITHDRAWN || registration.status() == RegistrationStatus.REJECTED) {
            throw new ConflictException("token", "badge.revoked", "this badge is revoked: the registration was " + registration.status());
        }
        int current = badges.findById(registration.id()).map(Badge::serial).orElse(0);
        if (read.serial() < current) {
            throw new ConflictException("token", "badge.superseded", "this badge was replaced by a reprint; only the newest badge is valid");
        }
        if (read.serial() > current) {
            // Signed by us but never recorded: its print failed before it was saved.
            throw unknown();
        }
        if (registration.status() == RegistrationStatus.CHECKED_IN) {
            return result(registration, false);
        }
        try {
            registrationFacade.checkIn(actor, registration.id());
        } catch (ConflictException e) {
            if (!AlreadyCheckedInException.CODE.equals(e.problem().code())) {
                throw e;
            }
            // Another desk scanned the same badge a moment before.
            return result(registrations.findById(registration.id()).orElseThrow(), false);
        }
        return result(registrations.findById(registration.id()).orElseThrow(), true);
    }

    private CheckIn result(Registration registration, boolean firstScan) {
        StatusChange checkedIn = history.findByRegistrationIdOrderById(registration.id()).stream()
                .filter(c -> c.toStatus() == RegistrationStatus.CHECKED_IN).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("a checked-in registration has its check-in in the history"));
        Group group = groups.findById(registration.groupId()).orElseThrow(() -> new NotFoundException("group", registration.groupId()));
        String by = users.find(checkedIn.actorUserId()).map(UserView::displayName).orElse("#" + checkedIn.actorUserId());
        Instant at = checkedIn.changedAt();
        return new CheckIn(registration.view(), group.view(roleQuotas.ofGroup(group.id()), Occupancy.of(registrations.findByGroupIdOrderById(group.id()))),
                firstScan, at, by, photos.existsById(registration.id()));
    }

    private static InvalidInputException unknown() {
        return InvalidInputException.of("token", "badge.unknown", "this badge is not known here: it may have been cancelled");
    }
}
