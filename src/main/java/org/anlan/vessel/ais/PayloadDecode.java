package org.anlan.vessel.ais;

import java.util.Map;

/** The outcome of decoding one complete payload. */
public sealed interface PayloadDecode {

    /** gpsd-named fields in gpsd's order; a type 24 here is a single part ({@code partno} 0 or 1). */
    record Decoded(Map<String, Object> fields) implements PayloadDecode {
    }

    /** A valid payload of a message type this decoder does not interpret. */
    record Unsupported(int type) implements PayloadDecode {
    }

    record Invalid(String detail) implements PayloadDecode {
    }
}
