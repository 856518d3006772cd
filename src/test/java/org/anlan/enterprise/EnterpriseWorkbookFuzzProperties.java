package org.anlan.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Garbage and mutated workbooks are either read (bounded rows and cells) or refused as unreadable: never another
 * exception, never a hang. The mutations flip bytes of a real export, so most hit the zip and XML layers.
 */
class EnterpriseWorkbookFuzzProperties {

    private static final byte[] REAL = EnterpriseWorkbook.write(List.of(EnterpriseWorkbookTest.enterprise("甲化工", 1),
            EnterpriseWorkbookTest.enterprise("乙化工", 2)), java.util.Map.of());

    @Property(tries = 500)
    void randomBytesAreRefusedCleanly(@ForAll("bytes") byte[] bytes) {
        readsOrRefuses(bytes);
    }

    @Property(tries = 300)
    void mutatedWorkbooksAreReadOrRefusedCleanly(@ForAll("mutated") byte[] bytes) {
        readsOrRefuses(bytes);
    }

    private static void readsOrRefuses(byte[] bytes) {
        try {
            List<EnterpriseWorkbook.ImportRow> rows = EnterpriseWorkbook.read(new ByteArrayInputStream(bytes));
            assertThat(rows.size()).isLessThanOrEqualTo(EnterpriseWorkbook.MAX_ROWS);
            for (EnterpriseWorkbook.ImportRow row : rows) {
                assertThat(row.rowNumber()).isGreaterThan(1);
                assertThat(row.draft().name() == null || row.draft().name().length() <= 500).isTrue();
            }
        } catch (EnterpriseWorkbook.Unreadable refused) {
            assertThat(refused.messageKey()).startsWith("error.enterprise.import.");
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000).map(tail -> {
                    byte[] zip = new byte[tail.length + 4];
                    zip[0] = 'P';
                    zip[1] = 'K';
                    zip[2] = 3;
                    zip[3] = 4;
                    System.arraycopy(tail, 0, zip, 4, tail.length);
                    return zip;
                }));
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Arbitraries.integers().between(0, REAL.length - 1).list().ofMinSize(1).ofMaxSize(6)
                .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                    byte[] mutant = REAL.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        mutant[positions.get(i)] = values.get(i);
                    }
                    return mutant;
                }));
    }
}
