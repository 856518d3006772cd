package org.anlan.warning.smpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delivery receipt carried by deliver_sm (esm_class 0x04): the SMSC's message id and final state, in the
 * de-facto text form of SMPP 3.4 Appendix B ({@code id:… sub:… dlvrd:… submit date:… done date:… stat:… err:…})
 * and the receipted_message_id / message_state TLVs.
 *
 * @param acknowledge sends deliver_sm_resp; call it only once the receipt is stored (the SMSC resends otherwise)
 */
public record DeliveryReceipt(String messageId, String state, String error, Runnable acknowledge) {

    private static final Pattern TEXT = Pattern.compile("id:(\\S+) .*stat:(\\w+) err:(\\w+)");

    public boolean delivered() {
        return state.equals("DELIVRD");
    }

    static byte[] encode(String destination, String messageId, String state, String error, String date) {
        String text = "id:" + messageId + " sub:001 dlvrd:" + (state.equals("DELIVRD") ? "001" : "000") + " submit date:"
                + date + " done date:" + date + " stat:" + state + " err:" + error + " text:";
        byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
        int messageState = switch (state) {
            case "DELIVRD" -> 2;
            case "EXPIRED" -> 3;
            case "UNDELIV" -> 5;
            default -> 8;
        };
        return new Pdu.Body().cString("").int8(1).int8(1).cString(destination).int8(5).int8(0).cString("Anlan")
                .int8(0x04).int8(0).int8(0).cString("").cString("").int8(0).int8(0).int8(0).int8(0)
                .int8(ascii.length).octets(ascii)
                .tlv(Pdu.TLV_RECEIPTED_MESSAGE_ID, (messageId + "\0").getBytes(StandardCharsets.ISO_8859_1))
                .tlv(Pdu.TLV_MESSAGE_STATE, new byte[]{(byte) messageState})
                .bytes();
    }

    /** The receipt in a deliver_sm body; null when the deliver_sm is not a receipt (a mobile-originated message). */
    static DeliveryReceipt decode(byte[] body, Runnable acknowledge) throws IOException {
        var r = new Pdu.Reader(body);
        r.cString(5);
        r.int8();
        r.int8();
        r.cString(20);
        r.int8();
        r.int8();
        r.cString(20);
        int esmClass = r.int8();
        r.int8();
        r.int8();
        r.cString(16);
        r.cString(16);
        r.int8();
        r.int8();
        r.int8();
        r.int8();
        byte[] text = r.octets(r.int8());
        if ((esmClass & 0x3C) != 0x04) {
            return null;
        }
        Matcher m = TEXT.matcher(new String(text, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            throw new IOException("delivery receipt without id/stat/err");
        }
        return new DeliveryReceipt(m.group(1), m.group(2), m.group(3), acknowledge);
    }
}
