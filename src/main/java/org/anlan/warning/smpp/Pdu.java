package org.anlan.warning.smpp;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** One SMPP PDU: the 16-byte header and its body, with the codec of the fields this subset uses. */
record Pdu(int commandId, int status, int sequence, byte[] body) {

    static final int GENERIC_NACK = 0x80000000;
    static final int BIND_TRANSMITTER = 0x00000002;
    static final int BIND_TRANSCEIVER = 0x00000009;
    static final int SUBMIT_SM = 0x00000004;
    static final int DELIVER_SM = 0x00000005;
    static final int UNBIND = 0x00000006;
    static final int ENQUIRE_LINK = 0x00000015;
    static final int RESPONSE = 0x80000000;

    static final int ESME_ROK = 0;
    static final int ESME_RINVCMDID = 0x03;
    static final int ESME_RBINDFAIL = 0x0D;
    static final int ESME_RINVPASWD = 0x0E;
    static final int ESME_RTHROTTLED = 0x58;
    static final int ESME_RINVDSTADR = 0x0B;

    static final short TLV_RECEIPTED_MESSAGE_ID = 0x001E;
    static final short TLV_MESSAGE_PAYLOAD = 0x0424;
    static final short TLV_MESSAGE_STATE = 0x0427;

    static final int MAX_LENGTH = 64 * 1024;

    static Pdu read(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (length < 16 || length > MAX_LENGTH) {
            throw new IOException("invalid PDU length " + length);
        }
        int commandId = in.readInt();
        int status = in.readInt();
        int sequence = in.readInt();
        byte[] body = new byte[length - 16];
        in.readFully(body);
        return new Pdu(commandId, status, sequence, body);
    }

    byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(16 + body.length);
        buffer.putInt(16 + body.length).putInt(commandId).putInt(status).putInt(sequence).put(body);
        return buffer.array();
    }

    Pdu response(int responseStatus, byte[] responseBody) {
        return new Pdu(commandId | RESPONSE, responseStatus, sequence, responseBody);
    }

    /** Builds a PDU body field by field. */
    static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

        Body cString(String value) {
            byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.ISO_8859_1);
            out.write(bytes, 0, bytes.length);
            out.write(0);
            return this;
        }

        Body int8(int value) {
            out.write(value & 0xFF);
            return this;
        }

        Body octets(byte[] bytes) {
            out.write(bytes, 0, bytes.length);
            return this;
        }

        Body tlv(short tag, byte[] value) {
            out.write((tag >> 8) & 0xFF);
            out.write(tag & 0xFF);
            out.write((value.length >> 8) & 0xFF);
            out.write(value.length & 0xFF);
            return octets(value);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Reads a PDU body field by field; malformed bodies throw IOException. */
    static final class Reader {
        private final byte[] body;
        private int position;

        Reader(byte[] body) {
            this.body = body;
        }

        String cString(int maxLength) throws IOException {
            int start = position;
            while (position < body.length && body[position] != 0) {
                position++;
            }
            if (position >= body.length || position - start > maxLength) {
                throw new IOException("malformed C-octet string");
            }
            String value = new String(body, start, position - start, StandardCharsets.ISO_8859_1);
            position++;
            return value;
        }

        int int8() throws IOException {
            if (position >= body.length) {
                throw new IOException("PDU body too short");
            }
            return body[position++] & 0xFF;
        }

        byte[] octets(int length) throws IOException {
            if (position + length > body.length) {
                throw new IOException("PDU body too short");
            }
            byte[] value = java.util.Arrays.copyOfRange(body, position, position + length);
            position += length;
            return value;
        }

        /** The value of an optional parameter after the mandatory fields, or null. */
        byte[] tlv(short wanted) throws IOException {
            while (position + 4 <= body.length) {
                int tag = ((body[position] & 0xFF) << 8) | (body[position + 1] & 0xFF);
                int length = ((body[position + 2] & 0xFF) << 8) | (body[position + 3] & 0xFF);
                position += 4;
                byte[] value = octets(length);
                if (tag == (wanted & 0xFFFF)) {
                    return value;
                }
            }
            return null;
        }
    }
}
