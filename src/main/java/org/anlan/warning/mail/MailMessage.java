package org.anlan.warning.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * An RFC 5322 plain-text message in UTF-8 (MIME 1.0, base64 body), so it travels through any SMTP server without
 * needing 8BITMIME or SMTPUTF8. Recipients are not listed in the header (one message goes to many).
 */
public final class MailMessage {

    private static final DateTimeFormatter RFC_5322_DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    /** RFC 2047 §2: an encoded-word is at most 75 characters, so at most 45 bytes of UTF-8 go into one. */
    private static final int BYTES_PER_ENCODED_WORD = 45;

    private MailMessage() {
    }

    public static byte[] plainText(String from, String messageId, ZonedDateTime date, String subject, String body) {
        String normalisedBody = body.replace("\r\n", "\n").replace("\n", "\r\n");
        String header = "From: " + from + "\r\n"
                + "To: undisclosed-recipients:;\r\n"
                + "Subject: " + encodedWords(subject) + "\r\n"
                + "Date: " + RFC_5322_DATE.format(date) + "\r\n"
                + "Message-ID: <" + messageId + ">\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n";
        String encodedBody = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(normalisedBody.getBytes(StandardCharsets.UTF_8));
        return (header + encodedBody + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** RFC 2047 B-encoded words, split between characters (never inside one), folded onto continuation lines. */
    static String encodedWords(String text) {
        StringBuilder words = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > BYTES_PER_ENCODED_WORD) {
                    break;
                }
                bytes += size;
                end += Character.charCount(cp);
            }
            if (words.length() > 0) {
                words.append("\r\n ");
            }
            words.append("=?UTF-8?B?")
                    .append(Base64.getEncoder().encodeToString(text.substring(start, end).getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
            start = end;
        }
        return words.toString();
    }
}
