package org.anlan.vessel.ais;

/** Why a line, a fragment group or a payload was not decoded. */
public enum RejectReason {
    LINE_TOO_LONG,
    NOT_NMEA,
    MALFORMED_TAG_BLOCK,
    MISSING_CHECKSUM,
    BAD_CHECKSUM,
    FIELD_COUNT,
    BAD_FRAGMENT_FIELDS,
    BAD_CHANNEL,
    EMPTY_PAYLOAD,
    BAD_PAYLOAD_CHARACTER,
    BAD_FILL_BITS,
    FRAGMENT_OUT_OF_ORDER,
    BAD_PAYLOAD_LENGTH,
    ORPHAN_TYPE24_PART_B,
    DECODER_FAULT
}
