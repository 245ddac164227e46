package org.convene.delegations.internal;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.ImportPreview;
import org.convene.delegations.ImportResult;
import org.convene.delegations.SheetFormat;
import org.convene.delegations.StakeholderGroups;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.testing.TestDatabase;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Not a test: {@code ops/bench-import} runs it. Imports N generated rows (preview, then confirm)
 * into a fresh group on a real embedded MariaDB through {@link BulkRegistration}, from CSV and from
 * XLSX, and in the same run a bare JDBC batch insert of the same rows into the same table with
 * none of Convene's code (once the registrations alone, once with a history row each, as Convene
 * writes them). One warm-up run each, then R measured runs in turn; medians count.
 * Arguments: [rows] [runs].
 */
public final class ImportBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshSchemaProperties());
        String url = (String) properties.get("datasources.default.url");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            BulkRegistration bulk = context.getBean(BulkRegistration.class);
            StakeholderGroups groups = context.getBean(StakeholderGroups.class);
            Actor office = Actors.CHAIR_OFFICE;
            ChairmanshipManagement chairmanships = context.getBean(ChairmanshipManagement.class);
            SummitManagement summits = context.getBean(SummitManagement.class);
            int[] groupCount = {0};
            List<Long> csvTimes = new ArrayList<>();
            List<Long> csvPreviewTimes = new ArrayList<>();
            List<Long> xlsxTimes = new ArrayList<>();
            List<Long> bareTimes = new ArrayList<>();
            List<Long> bareHistoryTimes = new ArrayList<>();
            long csvBytes = 0;
            long xlsxBytes = 0;
            for (int run = 0; run <= runs; run++) {
                // A summit of its own per run, as large as one real summit's registrations, not all runs' together.
                int year = 2000 + run;
                long chairmanship = chairmanships.create(new ChairmanshipCommand(List.of("AE"),
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).id();
                long summit = summits.create(new SummitCommand(chairmanship, "Benchmark summit " + run, 100 + run,
                        "Dubai", "Expo", LocalDate.of(year, 11, 18), LocalDate.of(year, 11, 20), null)).id();
                java.util.function.Supplier<Long> freshGroup = () -> groups.create(office, summit,
                        new GroupCommand(GroupKind.INVITED, null, "Group " + (++groupCount[0]), n, Map.of())).id();
                byte[] csv = csv(rows(n, "csv" + run));
                byte[] xlsx = xlsx(rows(n, "xlsx" + run));
                csvBytes = csv.length;
                xlsxBytes = xlsx.length;
                long[] csvTime = importFile(bulk, office, freshGroup.get(), SheetFormat.CSV, csv, n);
                long xlsxTime = importFile(bulk, office, freshGroup.get(), SheetFormat.XLSX, xlsx, n)[0];
                long bare = bareInsert(url, summit, freshGroup.get(), rows(n, "bare" + run), false);
                long bareHistory = bareInsert(url, summit, freshGroup.get(), rows(n, "hist" + run), true);
                String label = run == 0 ? "warm-up" : "run " + run;
                System.out.printf("%s: CSV %d ms (preview %d ms), XLSX %d ms, bare JDBC %d ms, bare JDBC + history %d ms%n",
                        label, csvTime[0] / 1_000_000, csvTime[1] / 1_000_000, xlsxTime / 1_000_000, bare / 1_000_000, bareHistory / 1_000_000);
                if (run > 0) {
                    csvTimes.add(csvTime[0]);
                    csvPreviewTimes.add(csvTime[1]);
                    xlsxTimes.add(xlsxTime);
                    bareTimes.add(bare);
                    bareHistoryTimes.add(bareHistory);
                }
            }
            System.out.printf("%,d rows, %d runs, medians (CSV file %,d KB, XLSX file %,d KB):%n", n, runs, csvBytes / 1024, xlsxBytes / 1024);
            report("Convene CSV import (preview + confirm)", n, median(csvTimes));
            report("  of which preview", n, median(csvPreviewTimes));
            report("Convene XLSX import (preview + confirm)", n, median(xlsxTimes));
            report("bare JDBC batch insert", n, median(bareTimes));
            report("bare JDBC batch insert + history rows", n, median(bareHistoryTimes));
            System.out.printf("ratio bare/Convene (CSV): %.2f; (CSV, against bare + history): %.2f%n",
                    (double) median(bareTimes) / median(csvTimes), (double) median(bareHistoryTimes) / median(csvTimes));
        }
        System.exit(0);
    }

    /** Preview and confirm, checked; answers {total, preview} in nanoseconds. */
    private static long[] importFile(BulkRegistration bulk, Actor office, long group, SheetFormat format, byte[] file, int n) {
        long t0 = System.nanoTime();
        ImportPreview preview = bulk.preview(office, group, format, new ByteArrayInputStream(file));
        long t1 = System.nanoTime();
        ImportResult result = bulk.confirm(office, group, format, new ByteArrayInputStream(file));
        long t2 = System.nanoTime();
        if (!preview.isClean() || preview.toCreate() != n || result.nominated() != n) {
            throw new IllegalStateException("the benchmark file did not import whole: " + preview.problems().stream().limit(3).toList() + " " + result);
        }
        return new long[] {t2 - t0, t1 - t0};
    }

    /** Mostly Latin names with Arabic, Chinese and Cyrillic ones among them, as at a summit. */
    static List<List<String>> rows(int n, String prefix) {
        String[][] people = {
                {"Ana María", "López", "", "", "MX"}, {"محمد", "عبد الله", "Mohamed", "Abdallah", "EG"},
                {"明", "李", "Ming", "Li", "CN"}, {"Ирина", "Петрова", "Irina", "Petrova", "RU"},
                {"Jean-Baptiste", "Ouédraogo", "", "", "BF"}, {"Priya", "Raman", "", "", "IN"}};
        List<List<String>> rows = new ArrayList<>(n + 1);
        rows.add(BulkRegistration.COLUMNS);
        for (int i = 0; i < n; i++) {
            String[] p = people[i % people.length];
            rows.add(List.of(prefix + "-" + i + "@example.org", p[0], p[1], p[2], p[3], "Migrant Forum " + (i % 40), "Delegate",
                    p[4], p[4], i % 2 == 0 ? "FEMALE" : "MALE", "DELEGATE", "", i % 5 == 0 ? "vegetarian" : ""));
        }
        return rows;
    }

    static byte[] csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Benchmark", "1.0");
        Worksheet sheet = workbook.newWorksheet("registrations");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** The same rows straight into the table: one connection, one transaction, batched inserts. */
    private static long bareInsert(String url, long summit, long group, List<List<String>> rows, boolean history) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            long t0 = System.nanoTime();
            connection.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO delegation_registration (summit_id, group_id,"
                    + " given_name, family_name, latin_given_name, latin_family_name, organisation, title, nationality, residence,"
                    + " gender, email, role, accessibility_needs, dietary_needs, status, waitlist_position, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NOMINATED', NULL, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (List<String> row : rows.subList(1, rows.size())) {
                    insert.setLong(1, summit);
                    insert.setLong(2, group);
                    insert.setString(3, row.get(1));
                    insert.setString(4, row.get(2));
                    insert.setString(5, blankToNull(row.get(3)));
                    insert.setString(6, blankToNull(row.get(4)));
                    insert.setString(7, row.get(5));
                    insert.setString(8, row.get(6));
                    insert.setString(9, row.get(7));
                    insert.setString(10, row.get(8));
                    insert.setString(11, row.get(9));
                    insert.setString(12, row.get(0));
                    insert.setString(13, row.get(10));
                    insert.setString(14, blankToNull(row.get(11)));
                    insert.setString(15, blankToNull(row.get(12)));
                    insert.setTimestamp(16, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            if (history) {
                try (PreparedStatement line = connection.prepareStatement("INSERT INTO delegation_registration_history"
                        + " (registration_id, from_status, to_status, actor_user_id, changed_at, reason) VALUES (?, NULL, 'NOMINATED', 1, ?, NULL)")) {
                    Timestamp now = Timestamp.from(Instant.now());
                    for (long id : ids) {
                        line.setLong(1, id);
                        line.setTimestamp(2, now);
                        line.addBatch();
                    }
                    line.executeBatch();
                }
            }
            connection.commit();
            return System.nanoTime() - t0;
        }
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void report(String what, int n, long nanos) {
        System.out.printf("%-42s %,8d ms  %,9.0f rows/s%n", what, nanos / 1_000_000, n / (nanos / 1e9));
    }
}
