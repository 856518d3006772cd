package org.anlan.vessel.stream;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.FenceSet;
import org.anlan.vessel.stream.Track.FenceStay;

/**
 * A track's per-vessel state (what {@link VesselCheck} reads and changes) as bytes for the Kafka state store.
 * Fence stays are stored by fence id, so a track read under a new fence set keeps the stays of fences that
 * still exist and silently ends the others, as {@link FenceWatch#replace} does in-process.
 */
final class TrackState {

    private static final byte VERSION = 1;

    private TrackState() {
    }

    static byte[] write(Track track, FenceSet fences) {
        return StreamRecords.bytes(track, (t, out) -> write(t, fences, out));
    }

    static Track read(byte[] data, FenceSet fences) {
        return StreamRecords.read(data, in -> read(in, fences));
    }

    private static void write(Track track, FenceSet fences, DataOutputStream out) throws IOException {
        out.writeByte(VERSION);
        out.writeLong(track.mmsi);
        out.writeByte(track.reportedKind == null ? -1 : track.reportedKind.ordinal());
        out.writeByte(track.kind.ordinal());
        out.writeDouble(track.lat);
        out.writeDouble(track.lon);
        out.writeDouble(track.sog);
        out.writeDouble(track.cog);
        out.writeLong(track.timeMillis);
        for (long value : track.recent) {
            out.writeLong(value);
        }
        out.writeByte(track.nextRecent);
        out.writeShort(track.stayCount);
        var stay = new FenceStay();
        for (int i = 0; i < track.stayCount; i++) {
            stay.of(track, i);
            out.writeUTF(fences.fence(stay.fence()).id());
            out.writeBoolean(stay.inside());
            out.writeInt(stay.pendingFixes());
            out.writeLong(stay.pendingSince());
            out.writeLong(stay.enteredAt());
            out.writeBoolean(stay.speeding());
            out.writeBoolean(stay.dwellReported());
        }
    }

    private static Track read(DataInputStream in, FenceSet fences) throws IOException {
        if (in.readByte() != VERSION) {
            throw new IOException("unknown track state version");
        }
        var track = new Track(in.readLong());
        int reported = in.readByte();
        track.reportedKind = reported < 0 ? null : VesselKind.values()[reported];
        track.kind = VesselKind.values()[in.readByte()];
        track.lat = in.readDouble();
        track.lon = in.readDouble();
        track.sog = in.readDouble();
        track.cog = in.readDouble();
        track.timeMillis = in.readLong();
        for (int i = 0; i < track.recent.length; i++) {
            track.recent[i] = in.readLong();
        }
        track.nextRecent = in.readByte();
        track.summariseRecent();
        int stays = in.readShort();
        for (int i = 0; i < stays; i++) {
            int fence = fences.indexOf(in.readUTF());
            var stay = new FenceStay().of(track, track.addStay(Math.max(fence, 0)));
            stay.inside(in.readBoolean());
            stay.pendingFixes(in.readInt());
            stay.pendingSince(in.readLong());
            stay.enteredAt(in.readLong());
            stay.speeding(in.readBoolean());
            stay.dwellReported(in.readBoolean());
            if (fence < 0) {
                track.removeStay(track.stayCount - 1);
            }
        }
        return track;
    }
}
