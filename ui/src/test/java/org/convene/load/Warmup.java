package org.convene.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Warms the app's code paths (JIT, pools) with the simulation's own calls before the measured run; its bookings are then reset. */
final class Warmup {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    static void run(String base, LoadSeed.Seeded seeded, int clients, Duration length) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long end = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                List<LoadSeed.Attendee> people = seeded.attendees();
                while (System.nanoTime() < end) {
                    LoadSeed.Attendee me = people.get(random.nextInt(people.size()));
                    LoadSeed.Attendee other = people.get(random.nextInt(people.size()));
                    if (me == other) {
                        continue;
                    }
                    String slot = seeded.slots().get(random.nextInt(seeded.slots().size()));
                    HttpResponse<String> sent = post(client, base + "/api/v1/summits/" + seeded.summitId() + "/open-space/requests", me,
                            "{\"invitees\": [" + other.registrationId() + "], \"slot\": \"" + slot + "\"}");
                    Matcher id = ID.matcher(sent == null ? "" : sent.body());
                    if (sent == null || sent.statusCode() != 201 || !id.find()) {
                        throw new IllegalStateException("warm-up request refused: " + (sent == null ? "no answer" : sent.statusCode() + " "
                                + sent.body()));
                    }
                    HttpResponse<String> accepted = post(client, base + "/api/v1/open-space/requests/" + id.group(1) + "/accept", other, "{}");
                    if (accepted != null && accepted.statusCode() == 409) {
                        post(client, base + "/api/v1/open-space/requests/" + id.group(1) + "/cancel", me, "{}");
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static HttpResponse<String> post(HttpClient client, String url, LoadSeed.Attendee as, String body) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + as.token())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Warmup() {
    }
}
