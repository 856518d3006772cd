package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anlan.warning.cap.CapAlert;
import org.anlan.warning.cap.CapMessages;
import org.anlan.warning.cap.CapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WarningCapTest {

    static List<Warning> samples() {
        return CapSamples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyKindOfWarningExportsAsCap12ThatTheOasisSchemaAccepts(Warning warning) throws Exception {
        String xml = CapWriter.write(WarningCap.toCap(warning, CapProfile.XIANGSHAN, CapSamples.TOWNSHIPS));

        assertThat(OasisSchema.cap("1.2").problem(xml)).isNull();
        assertThat(CapMessages.check(xml.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void exportedWarningsImportWithoutLoss(Warning warning) {
        String xml = CapWriter.write(WarningCap.toCap(warning, CapProfile.XIANGSHAN, CapSamples.TOWNSHIPS));

        CapMessages.Check check = CapMessages.check(xml.getBytes(StandardCharsets.UTF_8));
        WarningCap.Imported imported = WarningCap.fromCap(check.alert(), CapSamples.TOWNSHIPS);

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.content()).isEqualTo(warning.content());
        assertThat(imported.decisionSupport()).isEqualTo(warning.decisionSupport());
        assertThat(CapWriter.write(check.alert())).isEqualTo(xml);
    }

    @Test
    void theExportCarriesTheGbProfile() {
        CapAlert alert = WarningCap.toCap(CapSamples.rainstorm(), CapProfile.XIANGSHAN, CapSamples.TOWNSHIPS);
        CapAlert.Info info = alert.infos().get(0);

        assertThat(alert.identifier()).matches("33022500000000_\\d{14}_\\d").hasSize(31);
        assertThat(CapProfile.isGbIdentifier(alert.identifier())).isTrue();
        assertThat(alert.sent().getOffset()).isEqualTo(CapProfile.BEIJING);
        assertThat(alert.codes()).containsExactly("GB/T 35965.1-2018");
        assertThat(info.eventCode(CapProfile.EVENT_TYPE)).isEqualTo("11B03");
        assertThat(info.severity()).isEqualTo("Severe");
        assertThat(info.parameter(CapProfile.PARAM_SEVERITY)).isEqualTo("Orange");
        assertThat(info.headline()).isEqualTo("象山县应急管理局发布暴雨橙色预警[Ⅱ级/严重]");
        assertThat(info.areas()).extracting(CapAlert.Area::areaDesc).containsExactly("石浦镇", "定塘镇", "预警区域");
        assertThat(info.areas().get(0).geocodes().get(0).value()).isEqualTo("330225101000");
        assertThat(alert.note()).contains("辅助决策");
    }

    @Test
    void anUpdateReferencesThePreviousMessageAndACancellationClearsIt() {
        CapAlert update = WarningCap.toCap(CapSamples.typhoonUpdate(), CapProfile.XIANGSHAN, CapSamples.TOWNSHIPS);
        CapAlert cancel = WarningCap.toCap(CapSamples.galeCancelled(), CapProfile.XIANGSHAN, CapSamples.TOWNSHIPS);

        assertThat(update.msgType()).isEqualTo("Update");
        assertThat(update.references()).matches("象山县应急管理局,33022500000000_\\d{14}_0,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(WarningCap.referencedIdentifiers(update.references())).containsExactly(CapProfile.XIANGSHAN
                .identifier(java.time.Instant.parse("2026-08-09T19:00:00Z"), 0));
        assertThat(cancel.msgType()).isEqualTo("Cancel");
        assertThat(cancel.infos().get(0).responseTypes()).containsExactly("AllClear");
    }

    /**
     * Differential check of the hand-written validator against the OASIS schema: every sample with any one
     * element removed gets the same verdict from both.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void removingAnyElementGetsTheSameVerdictFromTheSchemaAndTheValidator(Warning warning) throws Exception {
        OasisSchema schema = OasisSchema.cap("1.2");
        String xml = CapWriter.write(WarningCap.toCap(warning, CapProfile.XIANGSHAN, CapSamples.TOWNSHIPS));
        List<String> disagreements = new ArrayList<>();
        Matcher leaf = Pattern.compile("\\n\\s*<(\\w+)>[^<]*</\\1>").matcher(xml);
        while (leaf.find()) {
            String mutant = xml.substring(0, leaf.start()) + xml.substring(leaf.end());
            boolean schemaValid = schema.problem(mutant) == null;
            var check = CapMessages.check(mutant.getBytes(StandardCharsets.UTF_8));
            if (schemaValid != check.valid()) {
                disagreements.add(leaf.group(1) + ": schema " + schemaValid + ", validator " + check.problems());
            }
            if (!check.valid()) {
                assertThat(check.problems().toString()).contains(leaf.group(1));
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
