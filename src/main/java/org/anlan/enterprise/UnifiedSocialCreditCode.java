package org.anlan.enterprise;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码, GB 32100-2015: 1 registration-authority character, 1 institution-category character,
 * 6-digit region code, 9-character organisation code (GB 11714, with its own check character) and the
 * final check character. Validated on construction.
 */
public record UnifiedSocialCreditCode(String value) {

    /** The 31 code characters; their index is the character's value. I, O, Z, S, V are never used. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Registration authorities of GB 32100 Table 1 (1 机构编制 … 9 工商, A 中央军委改革和编制办公室, N 农业, Y 其他). */
    static final String AUTHORITIES = "123456789ANY";
    private static final int[] GB11714_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public UnifiedSocialCreditCode {
        if (value == null) {
            throw new InvalidCreditCodeException(CreditCodeProblem.LENGTH, "null");
        }
        Optional<CreditCodeProblem> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidCreditCodeException(problem.get(), value);
        }
    }

    /** Lenient entry for forms and imports: surrounding blanks are dropped and letters upper-cased. */
    public static UnifiedSocialCreditCode parse(String text) {
        return new UnifiedSocialCreditCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * A well-formed code for a company (9 1) of the region with an organisation-code body derived from
     * {@code serial}: for synthetic demo and benchmark registers, never for a real enterprise.
     */
    public static UnifiedSocialCreditCode synthetic(String regionCode, long serial) {
        String body = String.format(Locale.ROOT, "%08d", Math.floorMod(serial, 100_000_000L));
        String first17 = "91" + regionCode + body + organisationCheckCharacter(body);
        return new UnifiedSocialCreditCode(first17 + checkCharacter(first17));
    }

    /** The first problem found with a candidate code, checked in the order of {@link CreditCodeProblem}. */
    public static Optional<CreditCodeProblem> problemWith(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return Optional.of(CreditCodeProblem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return Optional.of(CreditCodeProblem.CHARACTER);
            }
        }
        if (AUTHORITIES.indexOf(candidate.charAt(0)) < 0) {
            return Optional.of(CreditCodeProblem.REGISTRATION_AUTHORITY);
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(candidate.charAt(i))) {
                return Optional.of(CreditCodeProblem.REGION_CODE);
            }
        }
        if (organisationCheckCharacter(candidate.substring(8, 16)) != candidate.charAt(16)) {
            return Optional.of(CreditCodeProblem.ORGANISATION_CODE_CHECK);
        }
        if (checkCharacter(candidate.substring(0, 17)) != candidate.charAt(17)) {
            return Optional.of(CreditCodeProblem.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /**
     * GB 32100 check character of the first 17 characters: weights 3^i mod 31 (i = 0…16),
     * C18 = 31 − (Σ Ci·Wi mod 31), where 31 is written as 0.
     */
    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * GB 11714 check character of an 8-character organisation-code body: weights 3 7 9 10 5 8 4 2 over
     * values 0–9, A=10 … Z=35 (the full Latin alphabet, not the GB 32100 index); C9 = 11 − (Σ mod 11),
     * 10 is written X and 11 is written 0.
     */
    static char organisationCheckCharacter(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body8.charAt(i), 36) * GB11714_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** 登记管理部门代码, e.g. '9' for 市场监督管理 (工商). */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** 机构类别代码, e.g. '1' 企业, '2' 个体工商户, '3' 农民专业合作社 under authority '9'. */
    public char institutionCategory() {
        return value.charAt(1);
    }

    /** 登记管理机关行政区划码, e.g. "330225" for 象山县. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** 主体标识码 (组织机构代码), 9 characters including its own check character. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    public char checkCharacter() {
        return value.charAt(17);
    }

    @Override
    public String toString() {
        return value;
    }
}
