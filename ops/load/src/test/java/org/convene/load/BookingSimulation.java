package org.convene.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Attendees booking Open Space meetings over the app's HTTP API, each with a personal API token.
 * Every simulated attendee, for the whole run: picks another attendee and a slot at random and
 * requests a 1:1 meeting there; the invitee (the same virtual user, with the invitee's token, as
 * their phone would) accepts, which books a place or answers 409 when one of them is already busy
 * at that slot or no place is free; a refused request is withdrawn (cancelled) by its requester, and
 * one booked meeting in ten is called off again (freeing its place), as people do. Then a think time.
 * The benchmark counts bookings as accepts less withdrawals.
 *
 * <p>System properties (ops/bench-openspace-load sets them): {@code convene.base}, {@code convene.summit},
 * {@code convene.attendees} (a file of {@code registrationId,token} lines), {@code convene.slots} (a file of slot
 * starts), {@code convene.users}, {@code convene.seconds}, {@code convene.think.ms} (mean pause between
 * iterations, uniform from half to one and a half of it; 0 for none).
 */
public class BookingSimulation extends Simulation {
    private static final String AUTH = "Authorization";

    private final List<String[]> attendees = lines(System.getProperty("convene.attendees")).stream().map(l -> l.split(",")).toList();
    private final List<String> slots = lines(System.getProperty("convene.slots"));
    private final long summit = Long.getLong("convene.summit");
    private final int users = Integer.getInteger("convene.users", 500);
    private final int seconds = Integer.getInteger("convene.seconds", 120);
    private final long think = Long.getLong("convene.think.ms", 0);
    private final AtomicInteger next = new AtomicInteger();
    private final Recorder recorder = new Recorder();

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("convene.base"))
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .disableCaching();

    private final ChainBuilder iteration = exec(session -> {
        int me = session.getInt("me");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int other = random.nextInt(attendees.size() - 1);
        if (other >= me) {
            other++;
        }
        String slot = slots.get(random.nextInt(slots.size()));
        return session.remove("accepted").remove("requestId").set("otherToken", attendees.get(other)[1])
                .set("body", "{\"invitees\": [" + attendees.get(other)[0] + "], \"slot\": \"" + slot + "\"}")
                .set("callOff", random.nextInt(10) == 0);
    })
            .exec(http("request").post("/api/v1/summits/" + summit + "/open-space/requests")
                    .header(AUTH, "Bearer #{token}").body(StringBody("#{body}"))
                    .check(responseTimeInMillis().saveAs("ms"), status().saveAs("status"), status().is(201), jsonPath("$.id").saveAs("requestId")))
            .exec(record("request"))

            .exec(http("accept").post("/api/v1/open-space/requests/#{requestId}/accept")
                    .header(AUTH, "Bearer #{otherToken}").body(StringBody("{}"))
                    .check(responseTimeInMillis().saveAs("ms"), status().saveAs("status"), status().in(200, 409).saveAs("accepted")))
            .exec(record("accept"))
            .doIf(session -> session.contains("accepted") && session.getInt("accepted") == 409).then(
                    exec(http("withdraw").post("/api/v1/open-space/requests/#{requestId}/cancel")
                            .header(AUTH, "Bearer #{token}").body(StringBody("{}"))
                            .check(responseTimeInMillis().saveAs("ms"), status().saveAs("status"), status().is(200)))
                            .exec(record("withdraw")))
            .doIf(session -> session.contains("accepted") && session.getInt("accepted") == 200 && session.getBoolean("callOff")).then(
                    exec(http("call off").post("/api/v1/open-space/requests/#{requestId}/cancel")
                            .header(AUTH, "Bearer #{token}").body(StringBody("{}"))
                            .check(responseTimeInMillis().saveAs("ms"), status().saveAs("status"), status().is(200)))
                            .exec(record("call off")));

    private final ScenarioBuilder attendee = scenario("attendee")
            .exec(session -> {
                int me = next.getAndIncrement() % attendees.size();
                return session.set("me", me).set("token", attendees.get(me)[1]);
            })
            // exitASAP false: an iteration under way when the time is up finishes, so every booking made is also counted.
            .during(Duration.ofSeconds(seconds), false).on(think > 0
                    ? iteration.pause(Duration.ofMillis(think / 2), Duration.ofMillis(think * 3 / 2))
                    : iteration);

    /** Notes the last call's time and status (0 when it had no answer), then forgets them. */
    private ChainBuilder record(String name) {
        return exec(session -> {
            recorder.record(name, session.contains("ms") ? session.getLong("ms") : 0, session.contains("status") ? session.getInt("status") : 0);
            return session.remove("ms").remove("status");
        });
    }

    @Override
    public void before() {
        recorder.start();
    }

    @Override
    public void after() {
        recorder.finish();
        recorder.write(Path.of(System.getProperty("convene.stats")));
    }

    {
        // The attendees arrive over five seconds rather than in one instant.
        setUp(attendee.injectOpen(rampUsers(users).during(Duration.ofSeconds(5)))).protocols(protocol);
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
