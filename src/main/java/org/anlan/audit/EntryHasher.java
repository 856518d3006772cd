package org.anlan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.anlan.platform.crypto.Sha256;

/**
 * SHA-256 over every field of an entry and the previous entry's hash. Fields are length-prefixed so that
 * moving text from one field into the next changes the hash.
 */
final class EntryHasher {

    static final String GENESIS = "0".repeat(64);

    private EntryHasher() {
    }

    static String hash(AuditEntry entry) {
        MessageDigest digest = Sha256.digest();
        for (String field : new String[] {Long.toString(entry.seq()), entry.occurredAt().toString(), entry.actor(),
                entry.actorRole(), entry.action(), entry.entityType(), entry.entityId(), entry.townshipCode(),
                entry.before(), entry.after(), entry.clientAddress(), entry.previousHash()}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            digest.update((field == null ? "-1" : Integer.toString(bytes.length)).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
