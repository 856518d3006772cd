package org.anlan.vessel;

import java.util.List;

/** Counts of a recall by township and by shelter: ordered, acknowledged, returned, still at sea. */
public record RecallProgress(Counts total, List<Row> byTownship, List<Row> byHarbour) {

    public record Counts(int ordered, int acknowledged, int returned, int atSea, int unplaced, int escalated) {

        static Counts of(List<RecalledVessel> vessels) {
            int ordered = 0;
            int acknowledged = 0;
            int returned = 0;
            int unplaced = 0;
            int escalated = 0;
            for (RecalledVessel v : vessels) {
                switch (v.status()) {
                    case ORDERED -> ordered++;
                    case ACKNOWLEDGED -> acknowledged++;
                    case RETURNED -> returned++;
                }
                if (v.harbourCode() == null) {
                    unplaced++;
                }
                if (v.escalationLevel() > 0 && v.stillAtSea()) {
                    escalated++;
                }
            }
            return new Counts(ordered, acknowledged, returned, ordered + acknowledged, unplaced, escalated);
        }

        public int all() {
            return ordered + acknowledged + returned;
        }
    }

    /** {@code key} is a township code or a harbour code (null: boats no shelter could take in time). */
    public record Row(String key, Counts counts) {
    }
}
