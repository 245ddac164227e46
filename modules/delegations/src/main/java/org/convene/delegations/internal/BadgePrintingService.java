package org.convene.delegations.internal;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.GroupView;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.StakeholderGroups;
import org.convene.documents.BadgeData;
import org.convene.documents.BadgeRenderer;
import org.convene.documents.BadgeTokens;
import org.convene.documents.StakeholderGroup;
import org.convene.platform.ConflictException;
import org.convene.platform.Countries;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;

/** Puts a registration on a badge through the documents module, and checks in by token. */
@Singleton
class BadgePrintingService implements BadgePrinting {
    private final DelegateRegistration registrations;
    private final StakeholderGroups groups;
    private final BadgeRenderer renderer;
    private final BadgeTokens tokens;

    BadgePrintingService(DelegateRegistration registrations, StakeholderGroups groups, BadgeRenderer renderer, BadgeTokens tokens) {
        this.registrations = registrations;
        this.groups = groups;
        this.renderer = renderer;
        this.tokens = tokens;
    }

    @Override
    public byte[] badge(Actor actor, long registrationId) {
        RegistrationView found = registrations.find(actor, registrationId);
        RegistrationView registration = found;
        if (found.status() == RegistrationStatus.APPROVED) {
            registration = registrations.markBadgeIssued(actor, registrationId);
        } else if (found.status() != RegistrationStatus.BADGE_ISSUED && found.status() != RegistrationStatus.CHECKED_IN) {
            throw new ConflictException("status", "badge.not-approved", "a badge is printed only for an approved registration");
        }
        GroupView group = groups.find(actor, found.groupId()).orElseThrow(() -> new NotFoundException("group", found.groupId()));
        return renderer.a6(List.of(data(registration, group)));
    }

    @Override
    public RegistrationView checkIn(Actor actor, String token) {
        OptionalLong id = token == null ? OptionalLong.empty() : tokens.verify(token.strip());
        if (id.isEmpty()) {
            throw InvalidInputException.of("token", "badge.token.invalid", "this is not a valid Convene badge");
        }
        return registrations.checkIn(actor, id.getAsLong());
    }

    private BadgeData data(RegistrationView registration, GroupView group) {
        Person p = registration.person();
        String latin = p.latinGivenName() == null ? null : p.latinGivenName() + " " + p.latinFamilyName();
        return new BadgeData(p.givenName() + " " + p.familyName(), latin, p.organisation(),
                Countries.name(p.nationality(), Locale.ENGLISH), roleLabel(p), stakeholderGroup(group), tokens.issue(registration.id()));
    }

    private static String roleLabel(Person p) {
        String name = p.role().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Colours by stakeholder group, the same on every badge of a summit. */
    static StakeholderGroup stakeholderGroup(GroupView group) {
        return switch (group.kind()) {
            case STATE_DELEGATION -> new StakeholderGroup("Government · " + Countries.name(group.stateCode(), Locale.ENGLISH), "#1565C0");
            case CIVIL_SOCIETY -> new StakeholderGroup("Civil Society", "#2E7D32");
            case BUSINESS -> new StakeholderGroup("Business", "#F9A825");
            case MAYORS -> new StakeholderGroup("Mayors", "#6A1B9A");
            case OBSERVER -> new StakeholderGroup("Observer · " + group.name(), "#546E7A");
            case INVITED -> new StakeholderGroup(group.name(), "#C62828");
        };
    }

}
