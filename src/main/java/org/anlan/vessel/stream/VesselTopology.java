package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.fence.FenceSet;
import org.anlan.vessel.stream.StreamRecords.Fix;
import org.anlan.vessel.stream.StreamRecords.KindReport;
import org.anlan.vessel.stream.StreamRecords.Located;
import org.anlan.vessel.stream.StreamRecords.Report;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The position pipeline as a Kafka Streams topology, running the same stages as {@link PositionPipeline}:
 * <ol>
 * <li>{@code raw-nmea} (key: receiver or channel, value: one NMEA line, timestamp: when it was received) →
 * <b>decode</b> ({@link SentenceDecoding}, one per source key in the task's memory: multi-sentence reassembly
 * needs the source's lines in order, which keying by source gives) → re-key by MMSI;</li>
 * <li>repartition {@code vessel-reports} by MMSI → <b>de-duplicate, locate, fence check</b> ({@link VesselCheck})
 * with each vessel's {@link Track} in the state store {@code vessel-tracks} (changelogged, so de-bouncing and
 * stays survive rebalances) → fence alarms to {@code vessel-alarms}, fresh fixes to {@code vessel-positions};</li>
 * <li>repartition {@code vessel-tiles} by collision tile ({@link CollisionTiles}) → <b>collision neighbourhood</b>
 * ({@link CollisionNeighbourhood}, one per tile; a pair's alarms come from one tile, see {@link CollisionTiles})
 * → collision alarms to {@code vessel-alarms}.</li>
 * </ol>
 * The decode buffers and the collision neighbourhoods are soft state in the task's memory: a rebalance may lose an
 * unfinished multi-sentence group (one message) and forgets pair tiers, so a pair at risk may be alarmed once
 * more; the neighbourhood refills from the fixes of the next few minutes.
 */
public final class VesselTopology {

    static final String TRACK_STORE = "vessel-tracks";
    /** Decoders kept per task; the least recently heard source's is dropped beyond this. */
    private static final int MAX_SOURCES = 4096;

    /** The topics the topology reads and writes (the internal repartition topics are named by Kafka Streams). */
    public record Topics(String rawNmea, String alarms, String positions) {
        public static final Topics DEFAULTS = new Topics("raw-nmea", "vessel-alarms", "vessel-positions");
    }

    /**
     * @param fences      the current fence set, asked once per record (a new set takes effect at once; stays in
     *                    fences that remain are kept by id)
     * @param kinds       registered vessel kinds by MMSI
     * @param tileDegrees the collision tile width (at least one collision radius)
     */
    public record Settings(Topics topics, PipelineSettings pipeline, double tileDegrees) {
        public static final double DEFAULT_TILE_DEGREES = 0.5;
    }

    private VesselTopology() {
    }

    public static Topology build(Settings settings, Supplier<FenceSet> fences, VesselKindLookup kinds) {
        var builder = new StreamsBuilder();
        build(builder, settings, fences, kinds);
        return builder.build();
    }

    public static void build(StreamsBuilder builder, Settings settings, Supplier<FenceSet> fences,
            VesselKindLookup kinds) {
        Topics topics = settings.topics();
        var tiles = new CollisionTiles(settings.tileDegrees(), settings.pipeline().collision().radiusNm());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(TRACK_STORE),
                Serdes.Long(), Serdes.ByteArray()));

        KStream<Long, Report> reports = builder
                .stream(topics.rawNmea(), Consumed.with(Serdes.String(), Serdes.String()).withName("raw-nmea"))
                .process(Decode::new, Named.as("decode"))
                .repartition(Repartitioned.with(Serdes.Long(), StreamRecords.REPORTS).withName("vessel-reports"));
        KStream<Long, Object> checked = reports.process(
                () -> new CheckVessel(fences, kinds, settings.pipeline()), Named.as("vessel-check"), TRACK_STORE);

        checked.filter((mmsi, value) -> value instanceof Alarm, Named.as("fence-alarms"))
                .map((mmsi, alarm) -> org.apache.kafka.streams.KeyValue.pair(String.valueOf(mmsi),
                        PipelineJson.write((Alarm) alarm)), Named.as("fence-alarm-json"))
                .to(topics.alarms(), Produced.with(Serdes.String(), Serdes.String()).withName("fence-alarms-out"));
        KStream<Long, Located> located = checked
                .filter((mmsi, value) -> value instanceof Located, Named.as("located"))
                .mapValues(value -> (Located) value, Named.as("located-fixes"));
        located.map((mmsi, fix) -> org.apache.kafka.streams.KeyValue.pair(String.valueOf(mmsi),
                        PipelineJson.write(position(fix), fix.kind())), Named.as("position-json"))
                .to(topics.positions(), Produced.with(Serdes.String(), Serdes.String()).withName("positions-out"));
        located.flatMap((mmsi, fix) -> tiles.route(fix), Named.as("route-to-tiles"))
                .repartition(Repartitioned.with(Serdes.Long(), StreamRecords.LOCATED).withName("vessel-tiles"))
                .process(() -> new CollisionWatch(settings.pipeline().collision(), tiles), Named.as("collision"))
                .to(topics.alarms(), Produced.with(Serdes.String(), Serdes.String()).withName("collision-alarms-out"));
    }

    private static Position position(Located fix) {
        return new Position(fix.mmsi(), Instant.ofEpochMilli(fix.timeMillis()), fix.lat(), fix.lon(), fix.sog(),
                fix.cog(), fix.source());
    }

    /** Stage 1: lines of each source key through that source's decoder; reports keyed by MMSI. */
    private static final class Decode implements Processor<String, String, Long, Report> {

        private final Map<String, SentenceDecoding> sources = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SentenceDecoding> eldest) {
                return size() > MAX_SOURCES;
            }
        };
        private ProcessorContext<Long, Report> context;
        private long timestamp;
        private final ReportSink sink = new ReportSink() {
            @Override
            public void fix(long mmsi, long timeMillis, double lat, double lon, double sog, double cog,
                    Position.Source source, long fingerprintA, long fingerprintB, long fingerprintC) {
                if (mmsi > 0 && mmsi <= SentenceDecoding.MAX_MMSI) {
                    context.forward(new Record<>(mmsi, new Fix(mmsi, timeMillis, lat, lon, sog, cog, source,
                            fingerprintA, fingerprintB, fingerprintC), timestamp));
                }
            }

            @Override
            public void reportedKind(long mmsi, VesselKind kind) {
                context.forward(new Record<>(mmsi, new KindReport(mmsi, kind), timestamp));
            }

            @Override
            public void unusable() {
            }
        };

        @Override
        public void init(ProcessorContext<Long, Report> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, String> line) {
            if (line.value() == null) {
                return;
            }
            timestamp = line.timestamp();
            String source = line.key() == null ? "" : line.key();
            sources.computeIfAbsent(source, s -> new SentenceDecoding(PipelineListener.NONE))
                    .decode(line.value(), timestamp, sink);
        }
    }

    /** Stage 2: one vessel's track from the store through de-duplicate, locate and the fence check. */
    private static final class CheckVessel implements Processor<Long, Report, Long, Object> {

        private final Supplier<FenceSet> fences;
        private final VesselKindLookup kinds;
        private final PipelineSettings settings;
        private final List<Alarm> alarms = new ArrayList<>();
        private FenceSet current;
        private VesselCheck check;
        private KeyValueStore<Long, byte[]> tracks;
        private ProcessorContext<Long, Object> context;

        CheckVessel(Supplier<FenceSet> fences, VesselKindLookup kinds, PipelineSettings settings) {
            this.fences = fences;
            this.kinds = kinds;
            this.settings = settings;
        }

        @Override
        public void init(ProcessorContext<Long, Object> context) {
            this.context = context;
            this.tracks = context.getStateStore(TRACK_STORE);
        }

        @Override
        public void process(Record<Long, Report> record) {
            FenceSet fenceSet = fences.get();
            if (fenceSet != current) {
                current = fenceSet;
                check = new VesselCheck(fenceSet, kinds, settings);
            }
            Report report = record.value();
            long mmsi = report.mmsi();
            byte[] stored = tracks.get(mmsi);
            Track track = stored == null ? new Track(mmsi) : TrackState.read(stored, fenceSet);
            if (report instanceof KindReport kind) {
                track.reportedKind = kind.kind();
            } else {
                Fix fix = (Fix) report;
                if (!check.duplicate(track, fix.timeMillis(), fix.fingerprintA(), fix.fingerprintB(),
                        fix.fingerprintC())) {
                    boolean hadFix = track.timeMillis != Long.MIN_VALUE;
                    double previousLat = hadFix ? track.lat : Double.NaN;
                    double previousLon = hadFix ? track.lon : Double.NaN;
                    alarms.clear();
                    check.check(track, fix.timeMillis(), fix.lat(), fix.lon(), fix.sog(), fix.cog(), alarms);
                    for (Alarm alarm : alarms) {
                        context.forward(record.withValue(alarm));
                    }
                    context.forward(record.withValue(new Located(mmsi, track.kind, fix.timeMillis(), fix.lat(),
                            fix.lon(), fix.sog(), fix.cog(), fix.source(), previousLat, previousLon)));
                }
            }
            tracks.put(mmsi, TrackState.write(track, fenceSet));
        }
    }

    /** Stage 3: each tile's collision neighbourhood; a pair's alarms only from the tile that owns the pair. */
    private static final class CollisionWatch implements Processor<Long, Located, String, String> {

        private final PipelineSettings.CollisionWatch watch;
        private final CollisionTiles tiling;
        private final LongMap<Tile> tiles = new LongMap<>(64);
        private final List<Alarm> alarms = new ArrayList<>();
        private ProcessorContext<String, String> context;

        private final class Tile {
            final LongMap<Track> tracks = new LongMap<>(256);
            final CollisionNeighbourhood neighbourhood = new CollisionNeighbourhood(watch);
        }

        CollisionWatch(PipelineSettings.CollisionWatch watch, CollisionTiles tiling) {
            this.watch = watch;
            this.tiling = tiling;
        }

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
        }

        @Override
        public void process(Record<Long, Located> record) {
            Tile tile = tiles.get(record.key());
            if (tile == null) {
                tile = new Tile();
                tiles.put(record.key(), tile);
            }
            Located fix = record.value();
            Track track = tile.tracks.get(fix.mmsi());
            if (track == null) {
                track = new Track(fix.mmsi());
                tile.tracks.put(fix.mmsi(), track);
            }
            track.kind = fix.kind();
            track.lat = fix.lat();
            track.lon = fix.lon();
            track.sog = fix.sog();
            track.cog = fix.cog();
            track.timeMillis = fix.timeMillis();
            alarms.clear();
            tile.neighbourhood.update(track, alarms);
            for (Alarm alarm : alarms) {
                Track other = tile.tracks.get(((CollisionAlarm) alarm).otherMmsi());
                if (tiling.owns(record.key(), track.mmsi, track.lat, track.lon, other.mmsi, other.lat, other.lon)) {
                    context.forward(new Record<>(String.valueOf(alarm.mmsi()), PipelineJson.write(alarm),
                            record.timestamp()));
                }
            }
        }
    }
}
