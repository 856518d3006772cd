package org.anlan.vessel.ais;

/**
 * One checked AIVDM/AIVDO sentence (any talker). {@code sequenceId} is -1 when the field is empty;
 * {@code channel} is {@code '\0'} when it is empty.
 */
public record NmeaSentence(String talker, boolean own, int fragmentCount, int fragmentNumber, int sequenceId,
        char channel, String payload, int fillBits, boolean tagged) implements SentenceParse {

    public boolean single() {
        return fragmentCount == 1;
    }

    public boolean last() {
        return fragmentNumber == fragmentCount;
    }
}
