package org.anlan.typhoon;

/** A stored track with its fixes. */
public record StoredTrack(TrackSummary summary, Track track) {
}
