package org.anlan.vessel.stream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.anlan.vessel.VesselKind;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** What flows between the stages of {@link VesselTopology} on its internal topics, with compact binary serdes. */
final class StreamRecords {

    private StreamRecords() {
    }

    /** Output of the decode stage, re-keyed by MMSI. */
    sealed interface Report permits Fix, KindReport {
        long mmsi();
    }

    /** A position report as {@link ReportSink#fix} receives it. */
    record Fix(long mmsi, long timeMillis, double lat, double lon, double sog, double cog, Position.Source source,
            long fingerprintA, long fingerprintB, long fingerprintC) implements Report {
    }

    record KindReport(long mmsi, VesselKind kind) implements Report {
    }

    /**
     * A fresh (de-duplicated) fix located on its vessel's track: what the collision stage needs, and where the
     * vessel was at its previous fix (NaN when it has none) so that the tiles it left hear it once more.
     */
    record Located(long mmsi, VesselKind kind, long timeMillis, double lat, double lon, double sog, double cog,
            Position.Source source, double previousLat, double previousLon) {
    }

    static final Serde<Report> REPORTS = serde(StreamRecords::writeReport, StreamRecords::readReport);
    static final Serde<Located> LOCATED = serde(StreamRecords::writeLocated, StreamRecords::readLocated);

    private static void writeReport(Report report, DataOutputStream out) throws IOException {
        if (report instanceof Fix fix) {
            out.writeByte(0);
            out.writeLong(fix.mmsi());
            out.writeLong(fix.timeMillis());
            out.writeDouble(fix.lat());
            out.writeDouble(fix.lon());
            out.writeDouble(fix.sog());
            out.writeDouble(fix.cog());
            out.writeByte(fix.source().ordinal());
            out.writeLong(fix.fingerprintA());
            out.writeLong(fix.fingerprintB());
            out.writeLong(fix.fingerprintC());
        } else {
            KindReport kind = (KindReport) report;
            out.writeByte(1);
            out.writeLong(kind.mmsi());
            out.writeByte(kind.kind().ordinal());
        }
    }

    private static Report readReport(DataInputStream in) throws IOException {
        if (in.readByte() == 0) {
            return new Fix(in.readLong(), in.readLong(), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble(), Position.Source.values()[in.readByte()], in.readLong(), in.readLong(),
                    in.readLong());
        }
        return new KindReport(in.readLong(), VesselKind.values()[in.readByte()]);
    }

    private static void writeLocated(Located fix, DataOutputStream out) throws IOException {
        out.writeLong(fix.mmsi());
        out.writeByte(fix.kind().ordinal());
        out.writeLong(fix.timeMillis());
        out.writeDouble(fix.lat());
        out.writeDouble(fix.lon());
        out.writeDouble(fix.sog());
        out.writeDouble(fix.cog());
        out.writeByte(fix.source().ordinal());
        out.writeDouble(fix.previousLat());
        out.writeDouble(fix.previousLon());
    }

    private static Located readLocated(DataInputStream in) throws IOException {
        return new Located(in.readLong(), VesselKind.values()[in.readByte()], in.readLong(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble(), Position.Source.values()[in.readByte()],
                in.readDouble(), in.readDouble());
    }

    interface Writer<T> {
        void write(T value, DataOutputStream out) throws IOException;
    }

    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    static <T> Serde<T> serde(Writer<T> writer, Reader<T> reader) {
        Serializer<T> serializer = (topic, value) -> value == null ? null : bytes(value, writer);
        Deserializer<T> deserializer = (topic, data) -> data == null ? null : read(data, reader);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    static <T> byte[] bytes(T value, Writer<T> writer) {
        var bytes = new ByteArrayOutputStream(96);
        try (var out = new DataOutputStream(bytes)) {
            writer.write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static <T> T read(byte[] data, Reader<T> reader) {
        try (var in = new DataInputStream(new ByteArrayInputStream(data))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt record on an internal topic of the vessel topology", e);
        }
    }
}
