package org.anlan.vessel.ais;

/** A line skipped on purpose, not an error. */
public record Skip(Kind kind) implements SentenceParse {

    public enum Kind {
        BLANK, COMMENT, TAG_BLOCK_ONLY, PROPRIETARY, OTHER_SENTENCE
    }
}
