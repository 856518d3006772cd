package org.anlan.vessel.ais;

/** Input that could not be used, with the reason; {@code detail} is short and human-readable. */
public record Reject(RejectReason reason, String detail) implements SentenceParse {

    public Reject {
        if (reason == null) {
            throw new IllegalArgumentException("reason is required");
        }
        detail = detail == null ? "" : detail;
    }
}
