package org.anlan.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anlan.warning.cap.CapWriter;

/**
 * Demo warnings of several kinds as CAP, for {@code cap export --sample} and for checks without a server or a
 * database: a rainstorm warning with villages and a polygon, a typhoon update, a gale cancellation and a draft.
 */
public final class CapSamples {

    /** The county's townships the samples name (codes of the 2023 统计用区划代码). */
    static final Map<String, String> TOWNSHIPS = Map.of("330225101", "石浦镇", "330225102", "西周镇",
            "330225103", "鹤浦镇", "330225104", "贤庠镇", "330225107", "定塘镇", "330225204", "高塘岛乡");

    private static final Instant ISSUED = Instant.parse("2026-08-10T01:00:00Z");

    private CapSamples() {
    }

    /** The CAP 1.2 XML of the rainstorm sample. */
    public static String sampleCap() {
        return CapWriter.write(WarningCap.toCap(rainstorm(), CapProfile.XIANGSHAN, TOWNSHIPS));
    }

    static List<Warning> all() {
        return List.of(rainstorm(), typhoonUpdate(), galeCancelled(), draft());
    }

    static Warning rainstorm() {
        List<String> townships = List.of("330225101", "330225107");
        var content = WarningContent.of(Hazard.RAINSTORM, WarningLevel.ORANGE, townships,
                List.of("330225101:东门村", "330225107:上新屋村"),
                "29.25,121.90 29.25,122.00 29.15,122.00 29.15,121.90 29.25,121.90",
                WarningTexts.headline(CapProfile.XIANGSHAN.senderName(), "暴雨", WarningLevel.ORANGE),
                "石浦镇、定塘镇3小时雨量已达52.4毫米，降雨可能持续。",
                WarningTexts.instruction(Hazard.RAINSTORM, WarningLevel.ORANGE, townships, TOWNSHIPS::get),
                ISSUED.plus(Duration.ofMinutes(75)), ISSUED.plus(Duration.ofHours(12)));
        return issued(UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"), content, 1, true, null);
    }

    static Warning typhoonUpdate() {
        List<String> townships = List.of("330225101", "330225103", "330225204");
        var content = WarningContent.of(Hazard.TYPHOON, WarningLevel.RED, townships, List.of(), null,
                WarningTexts.headline(CapProfile.XIANGSHAN.senderName(), "台风", WarningLevel.RED),
                "第9号台风“利奇马”将于6小时内影响我县南部沿海。",
                WarningTexts.instruction(Hazard.TYPHOON, WarningLevel.RED, townships, TOWNSHIPS::get),
                ISSUED.plus(Duration.ofHours(5)), ISSUED.plus(Duration.ofHours(48)));
        return issued(UUID.fromString("6f1c2a4e-0000-4000-8000-000000000002"), content, 2, false,
                CapProfile.XIANGSHAN.identifier(ISSUED.minus(Duration.ofHours(6)), 0));
    }

    static Warning galeCancelled() {
        List<String> townships = List.of("330225104");
        var content = WarningContent.of(Hazard.GALE, WarningLevel.BLUE, townships, List.of(), null,
                WarningTexts.headline(CapProfile.XIANGSHAN.senderName(), "大风", WarningLevel.BLUE), "大风减弱，解除预警。",
                null, ISSUED, ISSUED.plus(Duration.ofHours(24)));
        Warning issued = issued(UUID.fromString("6f1c2a4e-0000-4000-8000-000000000003"), content, 2, false,
                CapProfile.XIANGSHAN.identifier(ISSUED.minus(Duration.ofHours(2)), 0));
        return new Warning(issued.id(), WarningStatus.CANCELLED, issued.version(), content, false, false, "MANUAL",
                null, issued.identifier(), issued.previousIdentifier(), issued.previousSent(), issued.firstIssuedAt(),
                issued.lastIssuedAt(), null, "duty", "duty", "commander", issued.createdAt(), issued.changedAt());
    }

    static Warning draft() {
        List<String> townships = List.of("330225102");
        var content = WarningContent.of(Hazard.LANDSLIDE, WarningLevel.YELLOW, townships, List.of("330225102:下沈村"), null,
                WarningTexts.headline(CapProfile.XIANGSHAN.senderName(), "地质灾害气象风险", WarningLevel.YELLOW), null,
                WarningTexts.instruction(Hazard.LANDSLIDE, WarningLevel.YELLOW, townships, TOWNSHIPS::get), null, null);
        return new Warning(UUID.fromString("6f1c2a4e-0000-4000-8000-000000000004"), WarningStatus.DRAFT, 0, content, true,
                false, "THRESHOLD", null, null, null, null, null, null, null, "system", null, null, ISSUED, ISSUED);
    }

    private static Warning issued(UUID id, WarningContent content, int version, boolean decisionSupport,
                                  String previousIdentifier) {
        Instant first = version == 1 ? ISSUED : ISSUED.minus(Duration.ofHours(6));
        return new Warning(id, WarningStatus.ISSUED, version, content, decisionSupport, false,
                decisionSupport ? "THRESHOLD" : "MANUAL", null, CapProfile.XIANGSHAN.identifier(ISSUED, 0),
                previousIdentifier, previousIdentifier == null ? null : ISSUED.minus(Duration.ofHours(6)), first, ISSUED,
                null, "duty", "duty", "commander", first, ISSUED);
    }
}
