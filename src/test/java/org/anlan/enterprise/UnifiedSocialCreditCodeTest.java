package org.anlan.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码, GB 32100-2015 with the GB 11714 organisation-code check. */
class UnifiedSocialCreditCodeTest {

    private static final String VALID = "91350100M000100Y43";

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(strings = {
        "91350100M000100Y43", // the example printed in GB 32100-2015
        "9144030071526726XG", // published code of a Shenzhen company: organisation check X
        "914403001922038216", // all-digit organisation code
        "91330100799655058B", // Hangzhou company
        "91110000802100433B", // Beijing company
        "91330225MA2GQ1W89J", // computed for 象山县 (330225), new-style MA organisation code
        "123302251443001256", // computed: 机构编制 registration, 事业单位
        "92330225L20355776X"  // computed: 个体工商户, check character X
    })
    void realFormatCodesWithCorrectCheckCharactersAreAccepted(String code) {
        assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void theCodeIsSplitIntoItsFiveParts() {
        UnifiedSocialCreditCode code = new UnifiedSocialCreditCode("91330225MA2GQ1W89J");

        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.institutionCategory()).isEqualTo('1');
        assertThat(code.regionCode()).isEqualTo("330225");
        assertThat(code.organisationCode()).isEqualTo("MA2GQ1W89");
        assertThat(code.checkCharacter()).isEqualTo('J');
    }

    @Test
    void theCheckCharacterUsesWeightsThreeToThePowerIModThirtyOne() {
        // By hand, weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 and M = 21, Y = 30 in the 31-character
        // alphabet: 9 + 3 + 27 + 135 + 26 + 21·20 + 8 + 30·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void aRemainderOfZeroGivesCheckCharacterZeroNotThirtyOne() {
        String first17 = findFirst17WithCheck('0');

        assertThat(UnifiedSocialCreditCode.checkCharacter(first17)).isEqualTo('0');
        assertThat(UnifiedSocialCreditCode.problemWith(first17 + "0")).isEmpty();
    }

    @ParameterizedTest(name = "organisation body {0} → check {1}")
    @CsvSource({"M000100Y, 4", "71526726, X", "19220382, 1", "14430012, 5", "0000000B, 0", "00000000, 0"})
    void theOrganisationCodeCheckFollowsGb11714(String body, char check) {
        assertThat(UnifiedSocialCreditCode.organisationCheckCharacter(body)).isEqualTo(check);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "91350100M000100Y4       | LENGTH",
        "91350100M000100Y433     | LENGTH",
        "''                      | LENGTH",
        "91350100M000100Y4I      | CHARACTER",
        "91350100O000100Y43      | CHARACTER",
        "91350100M000100Z43      | CHARACTER",
        "91350100M000100S43      | CHARACTER",
        "91350100M000100V43      | CHARACTER",
        "91350100m000100y43      | CHARACTER",
        "9135010０M000100Y43     | CHARACTER",
        "B1350100M000100Y43      | REGISTRATION_AUTHORITY",
        "0135010OM000100Y43      | CHARACTER",
        "01350100M000100Y43      | REGISTRATION_AUTHORITY",
        "913501A0M000100Y43      | REGION_CODE",
        "91350100M000100Y53      | ORGANISATION_CODE_CHECK",
        "91350100M000100Y44      | CHECK_CHARACTER",
        "9144030071526726XH      | CHECK_CHARACTER"})
    void corruptedCodesAreRejectedWithTheReason(String candidate, CreditCodeProblem expected) {
        assertThat(UnifiedSocialCreditCode.problemWith(candidate)).contains(expected);
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(candidate))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class, e -> {
                    assertThat(e.problem()).isEqualTo(expected);
                    assertThat(e.getMessage()).contains(expected.label());
                });
    }

    @Test
    void aNullCodeIsRejectedAsHavingTheWrongLength() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(null))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        e -> assertThat(e.problem()).isEqualTo(CreditCodeProblem.LENGTH));
    }

    @Test
    void swappingTwoAdjacentCharactersIsDetected() {
        assertThat(UnifiedSocialCreditCode.problemWith("91351000M000100Y43")).isPresent();
    }

    @Test
    void parsingToleratesBlanksAndLowerCaseButTheConstructorDoesNot() {
        assertThat(UnifiedSocialCreditCode.parse("  9144030071526726xg ").value()).isEqualTo("9144030071526726XG");
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(" " + VALID)).isInstanceOf(InvalidCreditCodeException.class);
    }

    @Test
    void theErrorCodeIsStable() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        e -> assertThat(e.code()).isEqualTo("enterprise.credit-code.check-character"));
    }

    @Test
    void theAlphabetHasThirtyOneCharactersWithoutIOZSV() {
        assertThat(UnifiedSocialCreditCode.ALPHABET).hasSize(31).doesNotContain("I", "O", "Z", "S", "V");
    }

    private static String findFirst17WithCheck(char wanted) {
        for (int n = 0; n < 100_000; n++) {
            String body = String.format("%07d", n) + "0";
            String organisation = body + UnifiedSocialCreditCode.organisationCheckCharacter(body);
            String first17 = "91330225" + organisation;
            if (UnifiedSocialCreditCode.checkCharacter(first17) == wanted) {
                return first17;
            }
        }
        throw new AssertionError("no code with check " + wanted);
    }
}
