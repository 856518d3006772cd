package org.anlan.vessel.ais;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Joins multi-sentence payloads per (talker, channel, sequence id); the talker is part of the key because
 * aggregated feeds interleave stations that reuse the same sequence ids. At most {@code maxGroups} groups are open; a group
 * not completed within {@code maxAgeSentences} further sentences is dropped and counted as incomplete.
 */
final class FragmentAssembler {

    sealed interface Assembly {
    }

    /** A complete payload: armored characters and the fill bits of its last fragment. */
    record Complete(CharSequence armored, int fillBits) implements Assembly {
    }

    record Pending() implements Assembly {
    }

    record OutOfOrder(String detail) implements Assembly {
    }

    private static final Pending PENDING = new Pending();

    private static final class Group {
        final int count;
        final long openedAt;
        final StringBuilder armored = new StringBuilder(128);
        int next = 2;

        Group(int count, long openedAt) {
            this.count = count;
            this.openedAt = openedAt;
        }
    }

    private final int maxGroups;
    private final int maxAgeSentences;
    private final Map<Long, Group> open = new LinkedHashMap<>();
    private long sentences;
    private long incomplete;

    FragmentAssembler(int maxGroups, int maxAgeSentences) {
        this.maxGroups = maxGroups;
        this.maxAgeSentences = maxAgeSentences;
    }

    Assembly accept(NmeaSentence sentence) {
        sentences++;
        if (sentence.single()) {
            return new Complete(sentence.payload(), sentence.fillBits());
        }
        expire();
        String talker = sentence.talker();
        long key = (long) talker.charAt(0) << 40 | (long) talker.charAt(1) << 24 | sentence.channel() << 8
                | (sentence.sequenceId() & 0xff);
        if (sentence.fragmentNumber() == 1) {
            Group replaced = open.remove(key);
            if (replaced != null) {
                incomplete++;
            }
            Group group = new Group(sentence.fragmentCount(), sentences);
            group.armored.append(sentence.payload());
            open.put(key, group);
            if (open.size() > maxGroups) {
                Iterator<Group> eldest = open.values().iterator();
                eldest.next();
                eldest.remove();
                incomplete++;
            }
            return PENDING;
        }
        Group group = open.get(key);
        if (group == null || group.count != sentence.fragmentCount() || group.next != sentence.fragmentNumber()) {
            if (group != null) {
                open.remove(key);
                incomplete++;
            }
            return new OutOfOrder("fragment " + sentence.fragmentNumber() + " of "
                    + sentence.fragmentCount() + " without its predecessor");
        }
        group.armored.append(sentence.payload());
        group.next++;
        if (!sentence.last()) {
            return PENDING;
        }
        open.remove(key);
        return new Complete(group.armored, sentence.fillBits());
    }

    /** A single-sentence payload decoded elsewhere still ages the open groups, as in {@link #accept}. */
    void countSingle() {
        sentences++;
    }

    /** Groups dropped so far: expired, evicted, or broken by a fragment out of order. */
    long incompleteGroups() {
        return incomplete;
    }

    int openGroups() {
        return open.size();
    }

    private void expire() {
        for (Iterator<Group> groups = open.values().iterator(); groups.hasNext(); ) {
            if (sentences - groups.next().openedAt <= maxAgeSentences) {
                return;
            }
            groups.remove();
            incomplete++;
        }
    }
}
