package org.anlan.vessel.ais;

/**
 * A single-sentence class A (types 1–3) or class B (type 18) position report, decoded without allocating into
 * this reusable holder by {@link AisDecoder#feed(String, PositionReport)}. Raw fields are kept as sent; the
 * accessors scale them exactly as the gpsd-style messages do. Not thread-safe.
 */
public final class PositionReport {

    boolean filled;
    int type;
    int repeat;
    long mmsi;
    int status;
    int turn;
    int speedTenths;
    boolean accuracy;
    int lonRaw;
    int latRaw;
    int courseTenths;
    int heading;
    int second;
    long bits0;
    long bits1;
    long bits2;

    /** Whether the last {@code feed} filled this report (otherwise the line went the general way). */
    public boolean filled() {
        return filled;
    }

    public int type() {
        return type;
    }

    public int repeat() {
        return repeat;
    }

    public long mmsi() {
        return mmsi;
    }

    /** Navigation status of a class A report; 15 (not defined) for type 18, which has none. */
    public int status() {
        return status;
    }

    /** Degrees, 91.0 when not available. */
    public double lat() {
        return Scaling.degreesFromTenThousandthMinutes(latRaw);
    }

    /** Degrees, 181.0 when not available. */
    public double lon() {
        return Scaling.degreesFromTenThousandthMinutes(lonRaw);
    }

    public boolean hasPosition() {
        return Math.abs(latRaw) <= 90 * 600_000 && Math.abs(lonRaw) <= 180 * 600_000;
    }

    /** Knots; NaN when not available (1023); 102.2 stands for 102.2 knots or more. */
    public double speedKnots() {
        return speedTenths == 1023 ? Double.NaN : speedTenths / 10.0;
    }

    /** Degrees; 360.0 (not available) is passed through as gpsd does. */
    public double course() {
        return Scaling.tenths(courseTenths);
    }

    /** Degrees, 511 when not available. */
    public int heading() {
        return heading;
    }

    public int second() {
        return second;
    }

    public boolean accuracy() {
        return accuracy;
    }

    /** The first 168 payload bits, for recognising the same report heard by several receivers. */
    public boolean samePayload(long first, long second, long third) {
        return bits0 == first && bits1 == second && bits2 == third;
    }

    public long payloadBits(int word) {
        return switch (word) {
            case 0 -> bits0;
            case 1 -> bits1;
            case 2 -> bits2;
            default -> throw new IndexOutOfBoundsException(word);
        };
    }
}
