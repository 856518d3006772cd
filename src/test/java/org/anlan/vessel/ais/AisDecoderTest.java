package org.anlan.vessel.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AisDecoderTest {

    private final List<Reject> rejects = new ArrayList<>();
    private final AisDecoder decoder = new AisDecoder(AisDecoder.Settings.DEFAULTS, rejects::add);

    @Test
    void reassemblesATwoSentenceType5() {
        assertThat(decoder.feed("!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E")).isEmpty();
        List<AisMessage> messages = decoder.feed("!AIVDM,2,2,3,B,1@0000000000000,2*55");

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.type()).isEqualTo(5);
            assertThat(message.get("shipname")).isEqualTo("MT.MITCHELL");
        });
        assertThat(decoder.counts().sentences()).isEqualTo(2);
    }

    @Test
    void keepsGroupsOnDifferentChannelsApart() {
        decoder.feed("!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E");
        decoder.feed("!AIVDM,2,1,3,A,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3D");

        assertThat(decoder.feed("!AIVDM,2,2,3,A,1@0000000000000,2*56")).hasSize(1);
        assertThat(decoder.feed("!AIVDM,2,2,3,B,1@0000000000000,2*55")).hasSize(1);
        assertThat(decoder.counts().incompleteGroups()).isZero();
    }

    @Test
    void keepsGroupsOfDifferentTalkersApart() {
        decoder.feed("!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E");
        decoder.feed("!BSVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*27");

        assertThat(decoder.feed("!AIVDM,2,2,3,B,1@0000000000000,2*55")).hasSize(1);
        assertThat(decoder.counts().incompleteGroups()).isZero();
    }

    @Test
    void rejectsASecondFragmentWithoutItsFirst() {
        assertThat(decoder.feed("!AIVDM,2,2,3,B,1@0000000000000,2*55")).isEmpty();

        assertThat(rejects).extracting(Reject::reason).containsExactly(RejectReason.FRAGMENT_OUT_OF_ORDER);
    }

    @Test
    void dropsAGroupThatNeverCompletes() {
        var small = new AisDecoder(new AisDecoder.Settings(4, 3, 10, false), rejects::add);
        small.feed("!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E");
        for (int i = 0; i < 4; i++) {
            small.feed("!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C");
        }
        small.feed("!AIVDM,2,1,4,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*39");

        assertThat(small.counts().incompleteGroups()).isEqualTo(1);
        assertThat(small.feed("!AIVDM,2,2,3,B,1@0000000000000,2*55")).isEmpty();
    }

    @Test
    void decodesAClassAPositionWithGpsdNamesAndScaling() {
        AisMessage message = decoder.feed("!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C").get(0);

        assertThat(message.fields()).containsEntry("class", "AIS").containsEntry("type", 1)
                .containsEntry("mmsi", 477553000L).containsEntry("status", 5).containsEntry("status_text", "Moored")
                .containsEntry("turn", 0.0).containsEntry("speed", 0.0).containsEntry("accuracy", false)
                .containsEntry("lon", -122.3458333).containsEntry("lat", 47.5828333).containsEntry("course", 51.0)
                .containsEntry("heading", 181).containsEntry("second", 15);
    }

    @Test
    void mergesType24PartsPerVesselAndDropsAnOrphanPartB() {
        String partA = "!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D";
        String partB = "!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40";

        assertThat(decoder.feed(partB)).isEmpty();
        assertThat(decoder.feed(partA)).isEmpty();
        List<AisMessage> merged = decoder.feed(partB);

        assertThat(merged).singleElement().satisfies(message -> {
            assertThat(message.type()).isEqualTo(24);
            assertThat(message.fields()).containsKeys("shipname", "shiptype", "callsign", "to_bow")
                    .doesNotContainKey("partno");
        });
        assertThat(rejects).extracting(Reject::reason).containsExactly(RejectReason.ORPHAN_TYPE24_PART_B);
        assertThat(decoder.counts().decodedByType()).containsEntry(24, 3L);
    }

    @Test
    void canAlsoEmitEachType24PartOnItsOwn() {
        var parts = new AisDecoder(new AisDecoder.Settings(64, 100, 10, true), rejects::add);

        assertThat(parts.feed("!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40")).singleElement()
                .satisfies(orphan -> assertThat(orphan.get("partno")).isEqualTo(1));
        assertThat(parts.feed("!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D")).singleElement()
                .satisfies(partA -> assertThat(partA.get("partno")).isEqualTo(0));
        assertThat(parts.feed("!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40")).singleElement()
                .satisfies(merged -> assertThat(merged.fields()).containsKeys("shipname", "callsign"));
        assertThat(rejects).isEmpty();
    }

    @Test
    void countsTagBlocksProprietaryAndChecksumErrors() {
        decoder.feed("\\g:1-2-73874,n:157036,s:r003669945,c:1241544035*4A\\!AIVDM,1,1,,B,15N4cJ`005Jrek0H@9n`DW5608EP,0*13");
        decoder.feed("$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17");
        decoder.feed("!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5D");

        AisCounts counts = decoder.counts();
        assertThat(counts.tagBlocks()).isEqualTo(1);
        assertThat(counts.proprietary()).isEqualTo(1);
        assertThat(counts.checksumErrors()).isEqualTo(1);
        assertThat(counts.messages()).isEqualTo(1);
    }
}
