package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"I, 特别重大", "II, 重大", "III, 较大", "IV, 一般"})
    void eachLevelHasItsChineseName(Severity severity, String chinese) {
        assertThat(severity.chinese()).isEqualTo(chinese);
    }

    @ParameterizedTest(name = "{0} at least {1}: {2}")
    @CsvSource({
        "I, I, true", "I, IV, true", "II, III, true", "III, III, true", "IV, IV, true",
        "IV, III, false", "III, II, false", "II, I, false", "IV, I, false"})
    void oneIsTheHighestLevel(Severity severity, Severity other, boolean expected) {
        assertThat(severity.atLeast(other)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource({
        "I, I", "ii, II", "' III ', III", "iv, IV", "1, I", "4, IV", "Ⅱ, II", "Ⅲ级, III", "IV级, IV",
        "特别重大, I", "重大, II", "较大, III", "一般, IV", "较大事件, III", "特别重大事件, I"})
    void parseReadsTheUsualSpellings(String text, Severity expected) {
        assertThat(Severity.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a level")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "V", "0", "5", "IIII", "级", "很大", "重大重大", "I I"})
    void parseRejectsEverythingElse(String text) {
        assertThat(Severity.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Severity.class)
    void everyLevelReadsBackFromItsNameAndItsChineseName(Severity severity) {
        assertThat(Severity.parse(severity.name())).contains(severity);
        assertThat(Severity.parse(severity.chinese())).contains(severity);
    }

    @Property
    void parseNeverThrows(@ForAll String text) {
        assertThat(Severity.parse(text)).isNotNull();
    }

    @Property
    void atLeastIsATotalOrder(@ForAll Severity a, @ForAll Severity b) {
        assertThat(a.atLeast(b) || b.atLeast(a)).isTrue();
        assertThat(a.atLeast(b) && b.atLeast(a)).isEqualTo(a == b);
        assertThat(Severity.higher(a, b)).satisfies(h -> assertThat(h.atLeast(a) && h.atLeast(b)).isTrue());
    }
}
