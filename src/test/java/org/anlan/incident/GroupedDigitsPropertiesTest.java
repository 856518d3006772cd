package org.anlan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class GroupedDigitsPropertiesTest {

    @Property(tries = 2000)
    void writesWhatFormatterWrites(@ForAll long value) {
        assertThat(SeverityGrader.groupedDigits(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
    }
}
