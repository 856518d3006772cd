package org.anlan.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnterpriseClassificationTest {

    @Test
    void industriesAreReadFromTheirChineseLabels() {
        assertThat(Industry.fromLabel("危险化学品")).isEqualTo(Industry.HAZARDOUS_CHEMICALS);
        assertThat(Industry.fromLabel(" 三场所三企业 ")).isEqualTo(Industry.THREE_PLACES_THREE_ENTERPRISES);
        assertThat(Industry.fromLabel("小微企业园")).isEqualTo(Industry.SMALL_ENTERPRISE_PARK);
        assertThatThrownBy(() -> Industry.fromLabel("煤矿")).hasMessageContaining("未知行业类别");
    }

    @Test
    void levelOneStandardisationMeetsEveryRequirementAndNoneMeetsOnlyNone() {
        assertThat(StandardisationLevel.LEVEL_1.meets(StandardisationLevel.LEVEL_3)).isTrue();
        assertThat(StandardisationLevel.LEVEL_2.meets(StandardisationLevel.LEVEL_2)).isTrue();
        assertThat(StandardisationLevel.LEVEL_3.meets(StandardisationLevel.LEVEL_2)).isFalse();
        assertThat(StandardisationLevel.NONE.meets(StandardisationLevel.LEVEL_3)).isFalse();
        assertThat(StandardisationLevel.NONE.meets(StandardisationLevel.NONE)).isTrue();
    }
}
