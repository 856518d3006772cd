package org.anlan.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit module's API. {@link #record} joins the caller's transaction, so a change and its audit entry
 * are committed together or not at all.
 */
@Service
public class AuditTrail {

    public static final String SYSTEM_ACTOR = "system";

    private final AuditEntries entries;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records a change made by the current actor (or the system, outside a request). */
    @Transactional
    public AuditEntry record(AuditRecord record) {
        var actor = CurrentActor.find();
        return recordAs(actor.map(Actor::username).orElse(SYSTEM_ACTOR),
                actor.map(a -> a.role().name()).orElse("SYSTEM"), record);
    }

    /** Records a change on behalf of a named actor, e.g. a failed login or an operator command. */
    @Transactional
    public AuditEntry recordAs(String actorName, String actorRole, AuditRecord record) {
        return recordAllAs(actorName, actorRole, clientAddress(), List.of(record)).get(0);
    }

    /**
     * Records several changes made together (a batch of intake, say) under one lock on the chain, in order.
     * Used where there is no request to read the client address from.
     */
    @Transactional
    public List<AuditEntry> recordAllAs(String actorName, String actorRole, String clientAddress, List<AuditRecord> records) {
        return recordAll(records.stream().map(r -> new Attributed(actorName, actorRole, clientAddress, r)).toList());
    }

    /** A change with who made it and from where: a batch may hold the changes of many actors. */
    public record Attributed(String actorName, String actorRole, String clientAddress, AuditRecord record) {
    }

    /**
     * Records the changes of a batch (intake from many clients, say) under one lock on the chain, in order:
     * one read of the chain's end and one insert, however many actors the batch holds.
     */
    @Transactional
    public List<AuditEntry> recordAll(List<Attributed> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        var previous = entries.lockChainAndReadLast();
        long seq = previous.map(AuditEntries.ChainEnd::seq).orElse(0L);
        String previousHash = previous.map(AuditEntries.ChainEnd::hash).orElse(EntryHasher.GENESIS);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<AuditEntry> sealed = new java.util.ArrayList<>(changes.size());
        for (Attributed change : changes) {
            AuditRecord record = change.record();
            var unsealed = new AuditEntry(++seq, now, change.actorName(), change.actorRole(), record.action(),
                    record.entityType(), record.entityId(), record.townshipCode(), toJson(record.before()),
                    toJson(record.after()), change.clientAddress(), previousHash, null);
            var entry = withHash(unsealed, EntryHasher.hash(unsealed));
            sealed.add(entry);
            previousHash = entry.hash();
        }
        entries.insertAll(sealed);
        return sealed;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query) {
        return entries.find(query);
    }

    /** Walks the whole chain from the first entry; stops at the first entry that does not fit. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var checked = new AtomicLong();
        var expectedPrevious = new AtomicReference<>(EntryHasher.GENESIS);
        var broken = new AtomicReference<ChainVerification>();
        entries.forEachInOrder(entry -> {
            if (broken.get() != null) {
                return;
            }
            long expectedSeq = checked.get() + 1;
            if (entry.seq() != expectedSeq) {
                broken.set(ChainVerification.brokenAt(checked.get(), expectedSeq,
                        "entry " + expectedSeq + " is missing (next entry is " + entry.seq() + ")"));
            } else if (!entry.previousHash().equals(expectedPrevious.get())) {
                broken.set(ChainVerification.brokenAt(checked.get(), entry.seq(),
                        "previous-hash link does not match entry " + (entry.seq() - 1)));
            } else if (!EntryHasher.hash(entry).equals(entry.hash())) {
                broken.set(ChainVerification.brokenAt(checked.get(), entry.seq(),
                        "content does not match its hash (altered after it was written)"));
            } else {
                checked.incrementAndGet();
                expectedPrevious.set(entry.hash());
            }
        });
        return broken.get() != null ? broken.get() : ChainVerification.intact(checked.get());
    }

    private String toJson(Map<String, ?> state) {
        return state == null ? null : json.writeValueAsString(new TreeMap<>(state));
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actorRole(), e.action(), e.entityType(),
                e.entityId(), e.townshipCode(), e.before(), e.after(), e.clientAddress(), e.previousHash(), hash);
    }

    /** The address of the current request's client, or "local" outside a request. */
    public static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "local";
    }
}
