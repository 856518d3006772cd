package org.anlan.vessel.ais;

/** What one input line turned out to be: an AIS sentence, something skipped on purpose, or a reject. */
public sealed interface SentenceParse permits NmeaSentence, Skip, Reject {
}
