package org.anlan.incident;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.crypto.Sha256;

/**
 * What a report said, as the server understood it (type, placed point, time given, description, casualties,
 * loss): a SHA-256 over those fields, so that a retry with the same idempotency key can be told from a key reused
 * for another report. Fields go into this thread's digest one by one, each text with its length: writing
 * decimals into a canonical string cost more than hashing.
 */
final class RequestFingerprint {

    private final MessageDigest sha256 = Sha256.digest();
    private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

    private RequestFingerprint() {
    }

    static String of(IncidentType type, GeoPoint point, Instant occurredAt, String description, Casualties casualties,
                     long directLossYuan) {
        return new RequestFingerprint().digest(type, point, occurredAt, description, casualties, directLossYuan);
    }

    private String digest(IncidentType type, GeoPoint point, Instant occurredAt, String description,
                          Casualties casualties, long directLossYuan) {
        text(type.code());
        number(Double.doubleToLongBits(point.lat()));
        number(Double.doubleToLongBits(point.lon()));
        number(occurredAt == null ? Long.MIN_VALUE : occurredAt.getEpochSecond());
        number(occurredAt == null ? -1 : occurredAt.getNano());
        text(description);
        number(casualties.dead());
        number(casualties.missing());
        number(casualties.seriouslyInjured());
        number(casualties.injured());
        number(directLossYuan);
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        sha256.update(bytes);
    }

    private void number(long value) {
        sha256.update(number.clear().putLong(value).array());
    }
}
