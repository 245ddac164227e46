package org.convene.reports.internal;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.ConsultationObservation;
import org.convene.consultations.Consultations;
import org.convene.consultations.Editor;
import org.convene.delegations.Actor;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.StakeholderGroups;
import org.convene.documents.ConsultationReport;
import org.convene.documents.ConsultationReportRenderer;
import org.convene.documents.RichText;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.reports.SummitReports;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.testing.TestDatabase;

/**
 * Not a test: {@code ops/bench-report} runs it. On a real embedded MariaDB it builds a summit of 6
 * themes, 40 roundtables with published outcomes (several paragraphs each, some in Arabic, Chinese
 * and Cyrillic), 6 regional consultations with observations and 3,000 registrations, then times
 * {@link SummitReports#pdf} against two baselines measured in the same run: the existing consultation
 * report of one consultation, and the existing consultation report renderer printing all the same
 * text in one pass (no contents, no second pass, no charts, no database reads).
 * Arguments: [runs] [registrations]. One warm-up round of three, then the runs; medians count.
 */
public final class ReportBenchmark {
    private static final Actor OFFICE = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    private static final String[] THEMES = {"The future of work: skills and labour mobility", "Regular pathways and governance",
        "Public narratives on migration", "الهجرة والمناخ والتنقل البشري", "包容与社会凝聚力的伙伴关系", "Цифровые технологии и данные"};
    private static final String[] PARAGRAPHS = {
        "Governments of origin and destination agreed that **skills recognition** is the bottleneck of fair labour mobility, "
                + "and that recruitment fees must never be charged to workers, directly or through their families.",
        "Participants asked for regular pathways that follow labour-market needs, reviewed every year with employers, unions "
                + "and the *mayors* of the cities where migrants settle.",
        "تؤكد الحكومات أن الهجرة الآمنة مسؤولية مشتركة بين بلدان المنشأ والمقصد، وأن حماية العمال تبدأ قبل المغادرة.",
        "各国政府同意，技能互认和公平招聘是劳动力流动伙伴关系的基础，城市在融合中发挥关键作用。",
        "Участники подчеркнули, что цифровые каналы денежных переводов снижают издержки, если защита данных стоит на первом месте."};

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int registrations = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshSchemaProperties());
        String url = (String) properties.get("datasources.default.url");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            long summit = summit(context, url, registrations);
            SummitReports reports = context.getBean(SummitReports.class);
            Consultations consultations = context.getBean(Consultations.class);
            long oneConsultation = consultations.list(summit).getFirst().id();
            ConsultationReport sameText = sameText(context, summit);
            ConsultationReportRenderer renderer = context.getBean(ConsultationReportRenderer.class);

            byte[] pdf = reports.pdf(OFFICE, summit);
            Path out = Path.of("modules/reports/target/bench-summit-report.pdf");
            Files.createDirectories(out.getParent());
            Files.write(out, pdf);
            System.out.printf("summit report: %,d KB, %d pages, written to %s%n", pdf.length / 1024, pages(pdf), out);

            List<Long> report = new ArrayList<>();
            List<Long> contents = new ArrayList<>();
            List<Long> consultation = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            for (int run = -3; run < runs; run++) {
                long r = time(() -> reports.pdf(OFFICE, summit));
                long c = time(() -> reports.contents(OFFICE, summit));
                long one = time(() -> consultations.reportPdf(oneConsultation, java.util.Locale.ENGLISH));
                long b = time(() -> renderer.render(sameText));
                if (run >= 0) {
                    report.add(r);
                    contents.add(c);
                    consultation.add(one);
                    bare.add(b);
                    System.out.printf("run %d: summit report %d ms, reads only %d ms, one consultation report %d ms, same text in one pass %d ms%n",
                            run + 1, r, c, one, b);
                }
            }
            System.out.printf("%d runs, medians: summit report %d ms (goal <= 2000 ms); of which reading the data about %d ms; "
                            + "one consultation report %d ms; the same text in one pass, no contents or charts %d ms%n",
                    runs, median(report), median(contents), median(consultation), median(bare));
        }
    }

    private static long summit(ApplicationContext context, String url, int registrations) throws Exception {
        long chairmanship = context.getBean(ChairmanshipManagement.class).create(new ChairmanshipCommand(List.of("AE"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        long summit = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "13th GFMD Summit", 13, "Dubai",
                "Expo 2020", LocalDate.of(2021, 1, 18), LocalDate.of(2021, 1, 26),
                "The Future of Human Mobility: Innovative Partnerships for Sustainable Development")).id();
        SummitSetup setup = context.getBean(SummitSetup.class);
        List<Long> themes = new ArrayList<>();
        for (String title : THEMES) {
            themes.add(setup.addTheme(summit, new ThemeCommand(title, "What the theme covers, in two sentences. It frames the roundtables.", null)).id());
        }
        Roundtables roundtables = context.getBean(Roundtables.class);
        List<Long> roundtableIds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            roundtableIds.add(roundtables.create(summit, new RoundtableCommand(themes.get(i % themes.size()), "Roundtable on partnerships " + (i + 1),
                    RoundtableFormat.ROUNDTABLE, 40, List.of("PH", "MX"), List.of(), List.of())).id());
        }
        try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement("""
                INSERT INTO roundtable_outcome (roundtable_id, status, key_messages, key_messages_html, recommendations, recommendations_html,
                    practices, practices_html, sdg_targets, revision, updated_by, updated_at, published_at)
                VALUES (?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, '10.7, 8.8, 17', 3, 1, ?, ?)""")) {
            for (int i = 0; i < roundtableIds.size(); i++) {
                String keyMessages = text(i, 4);
                String recommendations = "1. " + plain(i + 1) + "\n2. " + plain(i + 2) + "\n3. " + plain(i + 3);
                String practices = "- The *Employer Pays* principle, run by a business network in " + (i + 3) + " countries.\n- " + plain(i);
                s.setLong(1, roundtableIds.get(i));
                s.setString(2, keyMessages);
                s.setString(3, RichText.html(keyMessages));
                s.setString(4, recommendations);
                s.setString(5, RichText.html(recommendations));
                s.setString(6, practices);
                s.setString(7, RichText.html(practices));
                s.setTimestamp(8, Timestamp.from(Instant.parse("2021-01-26T12:00:00Z")));
                s.setTimestamp(9, Timestamp.from(Instant.parse("2021-02-01T12:00:00Z")));
                s.addBatch();
            }
            s.executeBatch();
        }
        Consultations consultations = context.getBean(Consultations.class);
        String[] processes = {"Abu Dhabi Dialogue", "Colombo Process", "Bali Process", "Budapest Process", "Rabat Process", "Puebla Process"};
        for (int i = 0; i < processes.length; i++) {
            List<Long> taken = List.of(themes.get(i), themes.get((i + 1) % 6), themes.get((i + 2) % 6));
            long id = consultations.create(summit, new ConsultationCommand(processes[i], "City " + i, "AE", LocalDate.of(2020, 10, 1 + i),
                    LocalDate.of(2020, 10, 2 + i), List.of("AE", "PH", "IN"), 40, taken)).id();
            for (long theme : taken) {
                consultations.saveObservations(new Editor(1, true), id, theme, text(i, 3));
            }
        }
        registrations(context, url, summit, registrations);
        return summit;
    }

    private static void registrations(ApplicationContext context, String url, long summit, int n) throws Exception {
        StakeholderGroups groups = context.getBean(StakeholderGroups.class);
        List<Long> ids = new ArrayList<>();
        for (String state : List.of("DE", "MA", "MX", "PH", "SN", "FR", "AE", "IN")) {
            ids.add(groups.create(OFFICE, summit, new GroupCommand(GroupKind.STATE_DELEGATION, state, null, n, Map.of())).id());
        }
        for (GroupKind kind : List.of(GroupKind.CIVIL_SOCIETY, GroupKind.BUSINESS, GroupKind.MAYORS)) {
            ids.add(groups.create(OFFICE, summit, new GroupCommand(kind, null, null, n, Map.of())).id());
        }
        ids.add(groups.create(OFFICE, summit, new GroupCommand(GroupKind.OBSERVER, null, "IOM", n, Map.of())).id());
        String[] nationalities = {"DE", "MA", "MX", "PH", "SN", "FR", "AE", "IN", "BR", "AU", "KE", "CN"};
        String[] genders = {"FEMALE", "MALE", "FEMALE", "MALE", "OTHER", null, "UNDISCLOSED"};
        String[] statuses = {"APPROVED", "BADGE_ISSUED", "CHECKED_IN", "CHECKED_IN", "NOMINATED"};
        try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement("""
                INSERT INTO delegation_registration (summit_id, group_id, given_name, family_name, organisation, nationality, residence,
                    gender, email, role, status, created_at) VALUES (?, ?, ?, ?, 'Ministry', ?, ?, ?, ?, 'DELEGATE', ?, ?)""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                s.setLong(1, summit);
                s.setLong(2, ids.get(i % ids.size()));
                s.setString(3, i % 3 == 0 ? "أمينة" : i % 3 == 1 ? "Ирина" : "Ana");
                s.setString(4, "Person " + i);
                s.setString(5, nationalities[i % nationalities.length]);
                s.setString(6, nationalities[(i + 1) % nationalities.length]);
                s.setString(7, genders[i % genders.length]);
                s.setString(8, "person" + i + "@example.org");
                s.setString(9, statuses[i % statuses.length]);
                s.setTimestamp(10, Timestamp.from(Instant.parse("2020-12-01T12:00:00Z")));
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
    }

    /** All the report's text as one consultation report: the one-pass baseline. */
    private static ConsultationReport sameText(ApplicationContext context, long summit) {
        List<ConsultationReport.Section> sections = new ArrayList<>();
        for (PublishedOutcome o : context.getBean(Roundtables.class).publishedOutcomes(summit)) {
            List<ConsultationReport.Block> blocks = new ArrayList<>(RichText.blocks(o.keyMessagesHtml()));
            blocks.addAll(RichText.blocks(o.recommendationsHtml()));
            blocks.addAll(RichText.blocks(o.practicesHtml()));
            sections.add(new ConsultationReport.Section(o.number() + " " + o.title(), blocks, ""));
        }
        for (List<ConsultationObservation> list : context.getBean(Consultations.class).observationsByTheme(summit).values()) {
            list.forEach(o -> sections.add(new ConsultationReport.Section(o.process(), RichText.blocks(o.html()), "")));
        }
        return new ConsultationReport("Same text", List.of(), sections, "");
    }

    private static String text(int seed, int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            text.append(PARAGRAPHS[(seed + p) % PARAGRAPHS.length]).append(' ').append(PARAGRAPHS[(seed + p + 1) % PARAGRAPHS.length]).append("\n\n");
        }
        return text.toString();
    }

    private static String plain(int seed) {
        return PARAGRAPHS[seed % PARAGRAPHS.length].replace("**", "").replace("*", "");
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static int pages(byte[] pdf) throws Exception {
        try (var document = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(pdf)))) {
            return document.getNumberOfPages();
        }
    }
}
