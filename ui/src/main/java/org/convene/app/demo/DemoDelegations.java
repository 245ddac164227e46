package org.convene.app.demo;

import jakarta.inject.Singleton;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.CustomFieldCommand;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.GroupView;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.UserView;

/** The demo summit's stakeholder groups with quotas, and a few delegates in several scripts. */
@Singleton
class DemoDelegations {
    private final StakeholderGroups groups;
    private final DelegateRegistration registrations;
    private final CustomFields customFields;

    DemoDelegations(StakeholderGroups groups, DelegateRegistration registrations, CustomFields customFields) {
        this.groups = groups;
        this.registrations = registrations;
        this.customFields = customFields;
    }

    void load(long summitId, UserView chairOffice) {
        Actor office = Actor.of(chairOffice);
        GroupView civil = group(office, summitId, GroupKind.CIVIL_SOCIETY, null, null, 40);
        group(office, summitId, GroupKind.BUSINESS, null, null, 30);
        GroupView mayors = group(office, summitId, GroupKind.MAYORS, null, null, 30);
        GroupView uae = group(office, summitId, GroupKind.STATE_DELEGATION, "AE", null, 12);
        GroupView germany = group(office, summitId, GroupKind.STATE_DELEGATION, "DE", null, 8);
        group(office, summitId, GroupKind.STATE_DELEGATION, "MA", null, 8);
        group(office, summitId, GroupKind.OBSERVER, null, "International Organization for Migration", 6);

        var head = registrations.nominate(office, uae.id(), person("خالد", "المنصوري", "Khalid", "Al Mansoori",
                "Ministry of Human Resources and Emiratisation", "AE", "khalid.almansoori@demo.convene", DelegateRole.HEAD_OF_DELEGATION, Gender.MALE));
        registrations.approve(office, head.id());
        registrations.nominate(office, germany.id(), person("Katrin", "Vogel", null, null, "Federal Foreign Office", "DE",
                "katrin.vogel@demo.convene", DelegateRole.DELEGATE, Gender.FEMALE));
        registrations.nominate(office, civil.id(), person("Мария", "Иванова", "Maria", "Ivanova", "Migrant Rights Network", "KG",
                "maria.ivanova@demo.convene", DelegateRole.DELEGATE, Gender.FEMALE));
        registrations.nominate(office, mayors.id(), person("伟", "王", "Wei", "Wang", "Guangzhou Municipal Government", "CN",
                "wang.wei@demo.convene", DelegateRole.DELEGATE, null));
        questions(office, summitId);
    }

    /** Extra questions of the kind a host asks: a visa letter, the passport only then, and the day of arrival. */
    private void questions(Actor office, long summitId) {
        CustomFieldView visa = customFields.define(office, summitId,
                new CustomFieldCommand("Needs a visa invitation letter", CustomFieldType.YES_NO, null, true, null, null));
        customFields.define(office, summitId,
                new CustomFieldCommand("Passport number", CustomFieldType.TEXT, null, true, visa.id(), "true"));
        customFields.define(office, summitId, new CustomFieldCommand("Arrival date", CustomFieldType.DATE, null, false, null, null));
    }

    private GroupView group(Actor office, long summitId, GroupKind kind, String state, String name, int places) {
        return groups.create(office, summitId, new GroupCommand(kind, state, name, places, Map.of()));
    }

    private static Person person(String given, String family, String latinGiven, String latinFamily, String organisation,
                                 String country, String email, DelegateRole role, Gender gender) {
        return new Person(given, family, latinGiven, latinFamily, organisation, null, country, country, gender, email, role, null, null);
    }
}
