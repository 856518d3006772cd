package org.anlan.warning.mail;

/** One SMTP reply: its three-digit code and the text of its (last) line. */
public record SmtpReply(int code, String text) {

    public boolean positive() {
        return code >= 200 && code < 400;
    }

    /** 4xx: the server may accept the same command later. */
    public boolean transientFailure() {
        return code >= 400 && code < 500;
    }

    /** 5xx: repeating the command will not help. */
    public boolean permanentFailure() {
        return code >= 500;
    }

    @Override
    public String toString() {
        return code + " " + text;
    }
}
