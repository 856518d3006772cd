package org.anlan.vessel.stream;

import java.util.ArrayList;
import java.util.List;
import org.anlan.vessel.stream.StreamRecords.Located;
import org.apache.kafka.streams.KeyValue;

/**
 * The spatial partitioning of the collision stage in Kafka: the sea is cut into square tiles of
 * {@code tileDegrees}, each tile (its key) is one unit of work with its own {@link CollisionNeighbourhood}. A fix
 * goes to its home tile and to every tile within the collision radius of it ("halo" copies), and to the tiles
 * within the radius of the vessel's previous fix (so a tile that held the vessel learns that it left). A tile
 * therefore holds the latest fix of every vessel within the radius of its own vessels. A pair's alarms are raised
 * by one tile only: the home tile of the pair's lower MMSI ({@link #owns}). When fixes reach each tile in time
 * order the alarms equal the single neighbourhood's in-process — except that a vessel jumping more than the radius
 * between two fixes may have a pair's tier re-raised once.
 */
final class CollisionTiles {

    /** The halo is widened by this share so that the bounding box covers the radius at either vessel's latitude. */
    private static final double MARGIN = 1.1;
    private static final double MAX_LATITUDE = 85;

    private final double tileDegrees;
    private final double haloLatDegrees;

    CollisionTiles(double tileDegrees, double radiusNm) {
        if (!(tileDegrees >= radiusNm / 60 && tileDegrees <= 10)) {
            throw new IllegalArgumentException("collision tiles must be at least one radius and at most 10° wide");
        }
        this.tileDegrees = tileDegrees;
        this.haloLatDegrees = radiusNm / 60 * MARGIN;
    }

    long tile(double lat, double lon) {
        return key((int) Math.floor(lat / tileDegrees), (int) Math.floor(lon / tileDegrees));
    }

    /** The tiles one located fix goes to, keyed by tile: its home tile first. */
    List<KeyValue<Long, Located>> route(Located fix) {
        long home = tile(fix.lat(), fix.lon());
        List<Long> tiles = new ArrayList<>(4);
        tiles.add(home);
        addHalo(fix.lat(), fix.lon(), tiles);
        if (!Double.isNaN(fix.previousLat())) {
            addHalo(fix.previousLat(), fix.previousLon(), tiles);
        }
        List<KeyValue<Long, Located>> routed = new ArrayList<>(tiles.size());
        for (Long tile : tiles) {
            routed.add(KeyValue.pair(tile, fix));
        }
        return routed;
    }

    /** Whether the tile raises the alarms of a pair: it is the home of the pair's lower MMSI (as last heard). */
    boolean owns(long tile, long mmsi, double lat, double lon, long otherMmsi, double otherLat, double otherLon) {
        return mmsi < otherMmsi ? tile(lat, lon) == tile : tile(otherLat, otherLon) == tile;
    }

    private void addHalo(double lat, double lon, List<Long> tiles) {
        double cos = Math.cos(Math.toRadians(Math.min(Math.abs(lat), MAX_LATITUDE)));
        double haloLon = haloLatDegrees / cos;
        int r0 = (int) Math.floor((lat - haloLatDegrees) / tileDegrees);
        int r1 = (int) Math.floor((lat + haloLatDegrees) / tileDegrees);
        int c0 = (int) Math.floor((lon - haloLon) / tileDegrees);
        int c1 = (int) Math.floor((lon + haloLon) / tileDegrees);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                Long key = key(r, c);
                if (!tiles.contains(key)) {
                    tiles.add(key);
                }
            }
        }
    }

    private static long key(int row, int column) {
        return (long) row << 32 | (column & 0xffffffffL);
    }
}
