package org.convene.delegations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationExport;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.SheetFormat;
import org.convene.platform.AccessDeniedException;

/** Writes what {@link DelegateRegistration#list} answers, so an export never shows more than the list. */
@Singleton
class RegistrationExportService implements RegistrationExport {
    static final String ACTION = "export";

    private final DelegateRegistration registrations;
    private final Groups groups;

    RegistrationExportService(DelegateRegistration registrations, Groups groups) {
        this.registrations = registrations;
        this.groups = groups;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] export(Actor actor, long summitId, RegistrationFilter filter, SheetFormat format) {
        RegistrationFilter f = filter == null ? RegistrationFilter.all() : filter;
        if (f.groupId() != null) {
            // Asking for another group's people is refused outright rather than answered with an empty file.
            groups.findById(f.groupId()).filter(g -> Access.mayManage(actor, g))
                    .orElseThrow(() -> new AccessDeniedException(ACTION));
        }
        Map<Long, Group> byId = groups.findBySummitIdOrderById(summitId).stream()
                .collect(Collectors.toMap(Group::id, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (RegistrationView r : registrations.list(actor, summitId, f)) {
            rows.add(row(r, byId.get(r.groupId())));
        }
        return SheetWriter.write(format, List.of(new SheetWriter.Table("registrations", rows)));
    }

    private static List<String> row(RegistrationView r, Group group) {
        Person p = r.person();
        return List.of(Long.toString(r.id()), label(group), r.status().name(),
                r.waitlistPosition() == null ? "" : r.waitlistPosition().toString(),
                text(p.email()), text(p.givenName()), text(p.familyName()), text(p.latinGivenName()), text(p.latinFamilyName()),
                text(p.organisation()), text(p.title()), text(p.nationality()), text(p.residence()),
                p.gender() == null ? "" : p.gender().name(), p.role() == null ? "" : p.role().name(),
                text(p.accessibilityNeeds()), text(p.dietaryNeeds()));
    }

    /** The group as a reader of the file knows it: its own name, the state's code, or the mechanism. */
    private static String label(Group group) {
        if (group == null) {
            return "";
        }
        if (group.name() != null && !group.name().isBlank()) {
            return group.name();
        }
        return group.stateCode() != null ? group.kind().name() + " " + group.stateCode() : group.kind().name();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
