package org.convene.delegations.internal;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgeBatchStatus;
import org.convene.delegations.BadgeBatches;
import org.convene.delegations.BadgeFormat;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationView;
import org.convene.documents.BadgeData;
import org.convene.documents.BadgeRenderer;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.DeadlockRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches run one after another on a single background thread: rendering is CPU-bound, and on a
 * small server two large batches at once would only slow each other and the requests. The registry
 * is in memory, keyed by an unguessable id and checked against the owner; finished batches are
 * dropped an hour after they end, and none survive a restart (the PDF can simply be made again).
 */
@Singleton
class BadgeBatchService implements BadgeBatches {
    static final Duration KEPT = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(BadgeBatchService.class);

    private final DelegateRegistration registrationFacade;
    private final Registrations registrations;
    private final BadgeContent content;
    private final BadgeWrites writes;
    private final BadgeRenderer renderer;
    private final Clock clock;
    private final Map<String, BadgeBatch> batches = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("badge-batches").daemon().factory());

    BadgeBatchService(DelegateRegistration registrationFacade, Registrations registrations, BadgeContent content, BadgeWrites writes,
                      BadgeRenderer renderer, Clock clock) {
        this.registrationFacade = registrationFacade;
        this.registrations = registrations;
        this.content = content;
        this.writes = writes;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public BadgeBatchStatus start(Actor actor, long summitId, RegistrationFilter filter, BadgeFormat format) {
        Access.requireChairOffice(actor, "print badges");
        List<Long> ids = registrationFacade.list(actor, summitId, filter).stream()
                .filter(r -> BadgePrintingService.printable(r.status())).map(RegistrationView::id).toList();
        if (ids.isEmpty()) {
            throw InvalidInputException.of("filter", "badge.batch.empty", "no registration in this selection is approved or has a badge");
        }
        forgetOld();
        BadgeBatch batch = new BadgeBatch(UUID.randomUUID().toString(), actor.userId(), summitId, format == null ? BadgeFormat.A6 : format,
                ids.size(), clock.instant());
        batches.put(batch.id, batch);
        batch.completion = CompletableFuture.runAsync(() -> run(actor, batch, ids), worker);
        return batch.status();
    }

    @Override
    public BadgeBatchStatus status(Actor actor, String batchId) {
        return owned(actor, batchId).status();
    }

    @Override
    public List<BadgeBatchStatus> mine(Actor actor) {
        return batches.values().stream().filter(b -> b.owner == actor.userId())
                .sorted(Comparator.comparing((BadgeBatch b) -> b.startedAt).reversed()).map(BadgeBatch::status).toList();
    }

    @Override
    public byte[] pdf(Actor actor, String batchId) {
        BadgeBatch batch = owned(actor, batchId);
        byte[] pdf = batch.pdf;
        if (pdf == null) {
            throw new ConflictException("state", "badge.batch.not-done", "the badges are not ready yet");
        }
        return pdf;
    }

    /** For tests: completes when the batch has finished, successfully or not. */
    CompletableFuture<Void> completion(String batchId) {
        return batches.get(batchId).completion;
    }

    private void run(Actor actor, BadgeBatch batch, List<Long> ids) {
        batch.state = BadgeBatchStatus.State.RUNNING;
        try {
            List<BadgeContent.Planned> planned = content.plan(registrations.findByIdIn(ids).stream()
                    .sorted(Comparator.comparing(Registration::id)).toList());
            List<BadgeData> data = planned.stream().map(BadgeContent.Planned::data).toList();
            byte[] pdf = batch.format == BadgeFormat.A4_SHEETS
                    ? renderer.a4Sheets(data, n -> batch.done = n)
                    : renderer.a6(data, n -> batch.done = n);
            DeadlockRetry.run(() -> writes.record(actor, planned.stream().map(BadgeContent.Planned::printed).toList(), false));
            batch.pdf = pdf;
            batch.finishedAt = clock.instant();
            batch.state = BadgeBatchStatus.State.DONE;
        } catch (RuntimeException e) {
            // The log names the batch only: its registrations are people.
            LOG.error("Badge batch {} failed", batch.id, e);
            batch.failure = e.getMessage();
            batch.finishedAt = clock.instant();
            batch.state = BadgeBatchStatus.State.FAILED;
        }
    }

    /** Another user's batch is "not found", exactly like one that does not exist. */
    private BadgeBatch owned(Actor actor, String batchId) {
        BadgeBatch batch = batchId == null ? null : batches.get(batchId);
        if (batch == null || batch.owner != actor.userId()) {
            throw new NotFoundException("badge batch", batchId);
        }
        return batch;
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(KEPT);
        batches.values().removeIf(b -> b.finishedAt != null && b.finishedAt.isBefore(cutoff));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** One batch's state, written by the worker thread and read by requests, hence volatile. */
    private static final class BadgeBatch {
        final String id;
        final long owner;
        final long summitId;
        final BadgeFormat format;
        final int total;
        final Instant startedAt;
        volatile BadgeBatchStatus.State state = BadgeBatchStatus.State.QUEUED;
        volatile int done;
        volatile byte[] pdf;
        volatile String failure;
        volatile Instant finishedAt;
        volatile CompletableFuture<Void> completion;

        BadgeBatch(String id, long owner, long summitId, BadgeFormat format, int total, Instant startedAt) {
            this.id = id;
            this.owner = owner;
            this.summitId = summitId;
            this.format = format;
            this.total = total;
            this.startedAt = startedAt;
        }

        BadgeBatchStatus status() {
            return new BadgeBatchStatus(id, summitId, format, state, total, done, startedAt, failure);
        }
    }
}
