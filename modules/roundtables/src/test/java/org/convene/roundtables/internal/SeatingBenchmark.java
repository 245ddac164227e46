package org.convene.roundtables.internal;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.convene.delegations.Actor;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.roundtables.Seating;
import org.convene.roundtables.SeatingQuality;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.testing.TestDatabase;

/**
 * Not a test: {@code ops/bench-seating} runs it. On a real embedded MariaDB: N accredited delegates
 * (states of every continent and the three mechanisms and observers) with skewed choices (the
 * first roundtables are wanted far beyond their seats, and groups and regions lean to different
 * roundtables) for 12 roundtables of 3,120 seats. Times {@link Seating#assign} through the facade
 * (read, solve, write every seat, one transaction) and the solver alone, medians of R runs after
 * one warm-up; prints the quality beside the bounds, and beside the flow without the balance
 * search and a greedy first-come baseline measured on the same delegates in the same run.
 * The delegates and choices are written with bare JDBC batches (setup, not measured).
 * Arguments: [delegates] [runs].
 */
public final class SeatingBenchmark {
    private static final int[] CAPACITY = {200, 220, 240, 250, 260, 260, 260, 270, 280, 290, 290, 300};
    private static final String[] STATES = {"DE", "FR", "SE", "IT", "ES", "PL", "MA", "SN", "NG", "KE", "ET", "GH", "EG", "ZA",
            "MX", "EC", "BR", "CO", "US", "CA", "PH", "BD", "IN", "LK", "AE", "CN", "JP", "ID", "FJ", "AU"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshSchemaProperties());
        String url = (String) properties.get("datasources.default.url");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            Actor office = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
            long summit = summit(context);
            List<Long> themes = new ArrayList<>();
            SummitSetup setup = context.getBean(SummitSetup.class);
            for (String title : List.of("Labour mobility", "Climate and displacement", "Public narratives")) {
                themes.add(setup.addTheme(summit, new ThemeCommand(title, null, null)).id());
            }
            long[] tables = new long[CAPACITY.length];
            Roundtables roundtables = context.getBean(Roundtables.class);
            for (int t = 0; t < tables.length; t++) {
                tables[t] = roundtables.create(summit, new RoundtableCommand(themes.get(t % 3), "Roundtable " + (t + 1),
                        RoundtableFormat.ROUNDTABLE, CAPACITY[t], List.of("AE"), List.of(), List.of())).id();
            }
            Map<Long, GroupKind> groups = groups(context, office, summit);
            generate(url, summit, groups, tables, n);

            Seating seating = context.getBean(Seating.class);
            SeatingReads reads = context.getBean(SeatingReads.class);
            List<Long> assignTimes = new ArrayList<>();
            List<Long> solverTimes = new ArrayList<>();
            List<Long> flowTimes = new ArrayList<>();
            SeatingQuality quality = null;
            for (int run = 0; run <= runs; run++) {
                long t0 = System.nanoTime();
                quality = seating.assign(office, summit);
                long t1 = System.nanoTime();
                SeatingState state = reads.state(summit);
                long t2 = System.nanoTime();
                SeatAssignment.solve(state);
                long t3 = System.nanoTime();
                int[][] choices = SeatingScores.choiceIndices(state, index(state));
                int[] capacity = capacities(state);
                long t4 = System.nanoTime();
                PreferenceFlow.solve(choices, capacity);
                long t5 = System.nanoTime();
                System.out.printf("%s: assign %d ms, solver alone %d ms (flow %d ms)%n", run == 0 ? "warm-up" : "run " + run,
                        (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000, (t5 - t4) / 1_000_000);
                if (run > 0) {
                    assignTimes.add(t1 - t0);
                    solverTimes.add(t3 - t2);
                    flowTimes.add(t5 - t4);
                }
            }
            SeatingState state = reads.state(summit);
            SeatingQuality flowOnly = SeatingScores.quality(withSeats(state, flowSeats(state)));
            SeatingQuality greedy = SeatingScores.quality(withSeats(state, greedySeats(state)));
            System.out.printf("%,d delegates (%,d with choices), %d roundtables, %,d seats; first-choice demand of RT 1: %d for %d seats%n",
                    state.accredited().size(), quality.withPreferences(), tables.length, Arrays.stream(CAPACITY).sum(),
                    firstDemand(state, tables[0]), CAPACITY[0]);
            System.out.printf("median of %d runs: assign (facade, one transaction) %d ms; solver alone (flow + balance search) %d ms; flow alone %d ms%n",
                    runs, median(assignTimes) / 1_000_000, median(solverTimes) / 1_000_000, median(flowTimes) / 1_000_000);
            System.out.println("| seating | first choices | bound | any choice | bound | third choices | balance mean | balance min |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
            row("Convene assign (flow + balance search)", quality);
            row("flow alone (no balance search)", flowOnly);
            row("greedy first-come baseline", greedy);
        }
        System.exit(0);
    }

    private static long summit(ApplicationContext context) {
        long chairmanship = context.getBean(ChairmanshipManagement.class).create(new ChairmanshipCommand(List.of("AE"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        return context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "Benchmark summit", 13, "Dubai",
                "Expo", LocalDate.of(2021, 1, 24), LocalDate.of(2021, 1, 26), null)).id();
    }

    /** A delegation per state and the mechanisms and observers, with room for everyone. */
    private static Map<Long, GroupKind> groups(ApplicationContext context, Actor office, long summit) {
        StakeholderGroups groups = context.getBean(StakeholderGroups.class);
        Map<Long, GroupKind> all = new java.util.LinkedHashMap<>();
        for (String state : STATES) {
            all.put(groups.create(office, summit, new GroupCommand(GroupKind.STATE_DELEGATION, state, null, 1000, Map.of())).id(),
                    GroupKind.STATE_DELEGATION);
        }
        for (GroupKind kind : List.of(GroupKind.CIVIL_SOCIETY, GroupKind.BUSINESS, GroupKind.MAYORS)) {
            all.put(groups.create(office, summit, new GroupCommand(kind, null, null, 5000, Map.of())).id(), kind);
        }
        all.put(groups.create(office, summit, new GroupCommand(GroupKind.OBSERVER, null, "IOM", 5000, Map.of())).id(), GroupKind.OBSERVER);
        return all;
    }

    /**
     * Half the delegates from state delegations, the rest from the mechanisms and observers. Choices
     * drawn without replacement with weights 1/(k+1) for roundtable k, tilted per group kind and per
     * state so that groups and regions lean to different roundtables; one in ten states fewer than three.
     */
    private static void generate(String url, long summit, Map<Long, GroupKind> groups, long[] tables, int n) throws Exception {
        Random random = new Random(2026);
        List<Long> stateGroups = groups.entrySet().stream().filter(e -> e.getValue() == GroupKind.STATE_DELEGATION).map(Map.Entry::getKey).toList();
        List<Long> others = groups.entrySet().stream().filter(e -> e.getValue() != GroupKind.STATE_DELEGATION).map(Map.Entry::getKey).toList();
        int[] otherShare = {50, 25, 18, 7};
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            connection.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            List<Integer> leaning = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO delegation_registration (summit_id, group_id,"
                    + " given_name, family_name, organisation, nationality, residence, email, role, status, created_at)"
                    + " VALUES (?, ?, ?, ?, 'Org', ?, ?, ?, 'DELEGATE', 'APPROVED', ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < n; i++) {
                    long group;
                    String nationality;
                    int lean;
                    if (i % 2 == 0) {
                        int s = random.nextInt(STATES.length);
                        group = stateGroups.get(s);
                        nationality = STATES[s];
                        lean = s % tables.length;
                    } else {
                        int pick = random.nextInt(100);
                        int kind = pick < otherShare[0] ? 0 : pick < otherShare[0] + otherShare[1] ? 1 : pick < 93 ? 2 : 3;
                        group = others.get(kind);
                        // mechanisms draw more from some continents than others
                        nationality = STATES[(kind * 7 + (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * STATES.length)) % STATES.length];
                        lean = (kind * 3 + 1) % tables.length;
                    }
                    insert.setLong(1, summit);
                    insert.setLong(2, group);
                    insert.setString(3, "Delegate");
                    insert.setString(4, "No. " + i);
                    insert.setString(5, nationality);
                    insert.setString(6, nationality);
                    insert.setString(7, "seat-bench-" + i + "@example.org");
                    insert.setTimestamp(8, now);
                    insert.addBatch();
                    leaning.add(lean);
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO roundtable_preference (registration_id, choice, roundtable_id) VALUES (?, ?, ?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    int count = random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 3;
                    int[] picked = pick(random, tables.length, leaning.get(i), count);
                    for (int c = 0; c < picked.length; c++) {
                        insert.setLong(1, ids.get(i));
                        insert.setInt(2, c + 1);
                        insert.setLong(3, tables[picked[c]]);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    private static int[] pick(Random random, int tables, int lean, int count) {
        double[] weight = new double[tables];
        for (int k = 0; k < tables; k++) {
            weight[k] = 1.0 / (k + 1) + (k == lean ? 0.6 : 0);
        }
        int[] picked = new int[count];
        for (int c = 0; c < count; c++) {
            double total = Arrays.stream(weight).sum();
            double r = random.nextDouble() * total;
            int k = 0;
            while (r >= weight[k] && k < tables - 1) {
                r -= weight[k++];
            }
            while (weight[k] == 0) {
                k = (k + 1) % tables;
            }
            picked[c] = k;
            weight[k] = 0;
        }
        return picked;
    }

    /** In the order of the state's roundtables (by number), which is not the order they were created in. */
    private static int[] capacities(SeatingState state) {
        return state.tables().stream().mapToInt(org.convene.roundtables.RoundtableView::capacity).toArray();
    }

    private static Map<Long, Integer> index(SeatingState state) {
        Map<Long, Integer> index = new HashMap<>();
        state.tables().forEach(t -> index.put(t.id(), index.size()));
        return index;
    }

    /** The flow's seats, without the balance search. */
    private static List<SeatRow> flowSeats(SeatingState state) {
        Map<Long, Integer> index = index(state);
        List<Long> delegates = state.accredited().stream().filter(r -> !state.choices().getOrDefault(r, List.of()).isEmpty()).toList();
        int[] placed = PreferenceFlow.solve(SeatingScores.choiceIndices(state, index), capacities(state));
        List<SeatRow> seats = new ArrayList<>();
        for (int d = 0; d < placed.length; d++) {
            if (placed[d] >= 0) {
                seats.add(new SeatRow(null, state.tables().get(placed[d]).id(), delegates.get(d), false, 1, Instant.EPOCH));
            }
        }
        return seats;
    }

    /** First come, first served: in order of registration each takes the first of their choices with a free seat. */
    private static List<SeatRow> greedySeats(SeatingState state) {
        Map<Long, Integer> free = new HashMap<>();
        state.tables().forEach(t -> free.put(t.id(), t.capacity()));
        List<SeatRow> seats = new ArrayList<>();
        for (long registration : state.accredited()) {
            for (long table : state.choices().getOrDefault(registration, List.of())) {
                if (free.get(table) > 0) {
                    free.merge(table, -1, Integer::sum);
                    seats.add(new SeatRow(null, table, registration, false, 1, Instant.EPOCH));
                    break;
                }
            }
        }
        return seats;
    }

    private static SeatingState withSeats(SeatingState s, List<SeatRow> seats) {
        return s.withSeats(seats);
    }

    private static long firstDemand(SeatingState state, long table) {
        return state.choices().values().stream().filter(c -> c.getFirst() == table).count();
    }

    private static void row(String label, SeatingQuality q) {
        double min = q.tables().stream().mapToDouble(SeatingQuality.TableQuality::balance).min().orElse(1);
        System.out.printf("| %s | %.1f %% (%,d) | %.1f %% | %.1f %% (%,d) | %.1f %% | %,d | %.3f | %.3f |%n", label,
                100 * q.firstChoiceShare(), q.firstChoices(), 100.0 * q.firstChoiceBound() / q.withPreferences(),
                100 * q.anyChoiceShare(), q.anyChoice(), 100.0 * q.anyChoiceBound() / q.withPreferences(), q.thirdChoices(), q.balance(), min);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
