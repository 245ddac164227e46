package org.convene.delegations.internal;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.documents.BadgeData;
import org.convene.documents.BadgeToken;
import org.convene.documents.BadgeTokens;
import org.convene.documents.StakeholderGroup;
import org.convene.platform.Countries;

/**
 * What the badges of some registrations show, each with the token of its next print (the current
 * serial plus one). Reads photos and serials in one query each, whatever the number of badges.
 */
@Singleton
class BadgeContent {
    /** A badge ready to render, and the print it stands for. */
    record Planned(BadgeData data, BadgeWrites.Printed printed) {
    }

    private final Groups groups;
    private final Photos photos;
    private final Badges badges;
    private final BadgeTokens tokens;

    BadgeContent(Groups groups, Photos photos, Badges badges, BadgeTokens tokens) {
        this.groups = groups;
        this.photos = photos;
        this.badges = badges;
        this.tokens = tokens;
    }

    List<Planned> plan(Collection<Registration> registrations) {
        List<Long> ids = registrations.stream().map(Registration::id).toList();
        Map<Long, byte[]> photoById = photos.findByRegistrationIdIn(ids).stream().collect(Collectors.toMap(Photo::registrationId, Photo::jpeg));
        Map<Long, Integer> serialById = badges.findByRegistrationIdIn(ids).stream().collect(Collectors.toMap(Badge::registrationId, Badge::serial));
        Map<Long, Group> groupById = registrations.stream().map(Registration::summitId).distinct()
                .flatMap(summit -> groups.findBySummitIdOrderById(summit).stream())
                .collect(Collectors.toMap(Group::id, Function.identity()));
        List<Planned> planned = new ArrayList<>(registrations.size());
        for (Registration r : registrations) {
            int serial = serialById.getOrDefault(r.id(), 0) + 1;
            Group group = groupById.get(r.groupId());
            BadgeData data = data(r.person(), group, photoById.get(r.id()), tokens.issue(new BadgeToken(r.id(), serial)));
            planned.add(new Planned(data, new BadgeWrites.Printed(r.id(), r.groupId(), serial)));
        }
        return planned;
    }

    /** The badge as printed last (its current serial), or empty when none was printed. */
    java.util.Optional<BadgeData> current(Registration r) {
        return badges.findByRegistrationIdIn(List.of(r.id())).stream().findFirst().map(badge -> {
            Group group = groups.findById(r.groupId()).orElseThrow();
            byte[] photo = photos.findById(r.id()).map(Photo::jpeg).orElse(null);
            return data(r.person(), group, photo, tokens.issue(new BadgeToken(r.id(), badge.serial())));
        });
    }

    private static BadgeData data(Person p, Group group, byte[] photo, String token) {
        String latin = p.latinGivenName() == null ? null : p.latinGivenName() + " " + p.latinFamilyName();
        return new BadgeData(p.givenName() + " " + p.familyName(), latin, p.organisation(),
                Countries.name(p.nationality(), Locale.ENGLISH), roleLabel(p), stakeholderGroup(group.kind(), group.stateCode(), group.name()),
                photo, token);
    }

    private static String roleLabel(Person p) {
        String name = p.role().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Colours by stakeholder group, the same on every badge of a summit. */
    static StakeholderGroup stakeholderGroup(GroupKind kind, String stateCode, String name) {
        return switch (kind) {
            case STATE_DELEGATION -> new StakeholderGroup("Government · " + Countries.name(stateCode, Locale.ENGLISH), "#1565C0");
            case CIVIL_SOCIETY -> new StakeholderGroup("Civil Society", "#2E7D32");
            case BUSINESS -> new StakeholderGroup("Business", "#F9A825");
            case MAYORS -> new StakeholderGroup("Mayors", "#6A1B9A");
            case OBSERVER -> new StakeholderGroup("Observer · " + name, "#546E7A");
            case INVITED -> new StakeholderGroup(name, "#C62828");
        };
    }
}
