package org.anlan.audit;

/** The result of checking the whole chain: intact, or the first entry that breaks it and why. */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification brokenAt(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
