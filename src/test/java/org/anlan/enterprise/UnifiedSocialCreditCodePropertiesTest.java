package org.anlan.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

/** Any valid code, changed in any one position to any other character, is no longer valid. */
class UnifiedSocialCreditCodePropertiesTest {

    @Property
    void changingAnyOneCharacterOfAValidCodeMakesItInvalid(
            @ForAll("validCodes") String valid,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @CharRange(from = '0', to = 'z') char replacement) {
        if (valid.charAt(position) == replacement) {
            return;
        }
        String corrupted = valid.substring(0, position) + replacement + valid.substring(position + 1);

        assertThat(UnifiedSocialCreditCode.problemWith(corrupted)).isPresent();
    }

    @Property
    void everyGeneratedCodeIsAccepted(@ForAll("validCodes") String valid) {
        assertThat(new UnifiedSocialCreditCode(valid).value()).isEqualTo(valid);
    }

    @Provide
    Arbitrary<String> validCodes() {
        Arbitrary<Character> authority = Arbitraries.of('1', '5', '9', 'Y', 'N');
        Arbitrary<Character> category = Arbitraries.of(UnifiedSocialCreditCode.ALPHABET.toCharArray());
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> body = Arbitraries.strings()
                .withChars(UnifiedSocialCreditCode.ALPHABET.toCharArray()).ofLength(8);
        return Combinators.combine(authority, category, region, body).as((a, c, r, b) -> {
            String first17 = "" + a + c + r + b + UnifiedSocialCreditCode.organisationCheckCharacter(b);
            return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        });
    }
}
