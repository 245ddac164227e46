package org.convene.documents.internal;

import org.convene.documents.BadgeData;
import org.convene.documents.StakeholderGroup;

/** Sample badges in the scripts the summit sees. */
final class Badges {

    static final StakeholderGroup CIVIL_SOCIETY = new StakeholderGroup("Civil society", "#2E7D32");
    static final StakeholderGroup GOVERNMENT = new StakeholderGroup("Government", "#1565C0");
    static final StakeholderGroup BUSINESS = new StakeholderGroup("Business", "#F9A825");

    static final BadgeData ARABIC = new BadgeData("محمد", "Mohamed", "الهلال الأحمر", "Egypt", "Delegate",
            CIVIL_SOCIETY, "tok-arabic");
    static final BadgeData CHINESE = new BadgeData("李明", "Li Ming", "Ministry of Commerce", "China", "Observer",
            GOVERNMENT, "tok-chinese");
    static final BadgeData CYRILLIC = new BadgeData("Ирина Петрова", "Irina Petrova", "Фонд «Мост»", "Russia", "Speaker",
            BUSINESS, "tok-cyrillic");
    static final BadgeData LATIN = new BadgeData("Ana María López", "Ana María López", "Red de Migrantes", "Mexico",
            "Delegate", CIVIL_SOCIETY, "tok-latin");

    private Badges() {
    }
}
