package org.anlan.warning.smpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The submit_sm fields this subset uses. Text goes as UCS-2 (data_coding 8); longer than one segment (140 octets)
 * it travels in the message_payload TLV with sm_length 0, as SMPP 3.4 allows.
 */
record SubmitSm(String sourceAddress, String destinationAddress, String text, boolean receiptRequested) {

    static final int UCS2 = 0x08;
    static final int MAX_SHORT_MESSAGE = 140;

    byte[] encode() {
        byte[] ucs2 = text.getBytes(StandardCharsets.UTF_16BE);
        var body = new Pdu.Body().cString("")            // service_type
                .int8(5).int8(0).cString(sourceAddress)  // alphanumeric source
                .int8(1).int8(1).cString(destinationAddress) // international, ISDN
                .int8(0).int8(0).int8(0)                 // esm_class, protocol_id, priority_flag
                .cString("").cString("")                 // schedule_delivery_time, validity_period
                .int8(receiptRequested ? 1 : 0)          // registered_delivery: receipt on final outcome
                .int8(0).int8(UCS2).int8(0);             // replace_if_present, data_coding, sm_default_msg_id
        if (ucs2.length <= MAX_SHORT_MESSAGE) {
            body.int8(ucs2.length).octets(ucs2);
        } else {
            body.int8(0).tlv(Pdu.TLV_MESSAGE_PAYLOAD, ucs2);
        }
        return body.bytes();
    }

    static SubmitSm decode(byte[] bytes) throws IOException {
        var r = new Pdu.Reader(bytes);
        r.cString(5);
        r.int8();
        r.int8();
        String source = r.cString(20);
        r.int8();
        r.int8();
        String destination = r.cString(20);
        r.int8();
        r.int8();
        r.int8();
        r.cString(16);
        r.cString(16);
        int registered = r.int8();
        r.int8();
        int dataCoding = r.int8();
        r.int8();
        int smLength = r.int8();
        byte[] message = r.octets(smLength);
        if (smLength == 0) {
            byte[] payload = r.tlv(Pdu.TLV_MESSAGE_PAYLOAD);
            message = payload == null ? new byte[0] : payload;
        }
        String text = new String(message, dataCoding == UCS2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
        return new SubmitSm(source, destination, text, (registered & 0x03) != 0);
    }
}
