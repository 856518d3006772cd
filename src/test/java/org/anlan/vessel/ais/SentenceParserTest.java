package org.anlan.vessel.ais;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceParserTest {

    @Test
    void parsesASingleSentenceOfTheAdoc() {
        var parse = SentenceParser.parse("!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C");

        assertThat(parse).isEqualTo(new NmeaSentence("AI", false, 1, 1, -1, 'B', "177KQJ5000G?tO`K>RA1wUbN0TKH", 0,
                false));
    }

    @Test
    void acceptsOtherTalkersOwnShipAndReceiverSuffixes() {
        var parse = (NmeaSentence) SentenceParser.parse(
                "!BSVDO,1,1,,A,403Ovl@000Htt<tSF0l4Q@100`Pq,0*33,d-109,S2105,1325394060\r\n");

        assertThat(parse.talker()).isEqualTo("BS");
        assertThat(parse.own()).isTrue();
    }

    @Test
    void stripsATagBlockAndRemembersIt() {
        var parse = SentenceParser.parse(
                "\\g:1-2-73874,n:157036,s:r003669945,c:1241544035*4A\\!AIVDM,1,1,,B,15N4cJ`005Jrek0H@9n`DW5608EP,0*13");

        assertThat(parse).isInstanceOf(NmeaSentence.class);
        assertThat(((NmeaSentence) parse).tagged()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5D|BAD_CHECKSUM",
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0|MISSING_CHECKSUM",
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5|MISSING_CHECKSUM",
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH*40|FIELD_COUNT",
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0,0*40|FIELD_COUNT",
            "!AIVDM,1,2,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5F|BAD_FRAGMENT_FIELDS",
            "!AIVDM,0,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5D|BAD_FRAGMENT_FIELDS",
            "!AIVDM,1,1,,B,,0*25|EMPTY_PAYLOAD",
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,6*5A|BAD_FILL_BITS",
            "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKx,0*6C|BAD_PAYLOAD_CHARACTER",
            "hello world|NOT_NMEA",
            "\\s:station*00|MALFORMED_TAG_BLOCK"})
    void rejectsBrokenSentencesWithAReason(String line, RejectReason reason) {
        assertThat(SentenceParser.parse(line)).isInstanceOfSatisfying(Reject.class,
                reject -> assertThat(reject.reason()).isEqualTo(reason));
    }

    @Test
    void rejectsLinesLongerThanOneKilobyte() {
        assertThat(SentenceParser.parse("!AIVDM," + "0".repeat(1100)))
                .isEqualTo(new Reject(RejectReason.LINE_TOO_LONG, "1107 characters"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17|PROPRIETARY",
            "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47|OTHER_SENTENCE",
            "!AIALR,000000.00,001,A,V,AIS: UTC Lost*74|OTHER_SENTENCE",
            "# a comment|COMMENT",
            "   |BLANK",
            "\\c:1354719387*0B\\|TAG_BLOCK_ONLY"})
    void skipsWhatIsNotAnAisSentence(String line, Skip.Kind kind) {
        assertThat(SentenceParser.parse(line)).isEqualTo(new Skip(kind));
    }
}
