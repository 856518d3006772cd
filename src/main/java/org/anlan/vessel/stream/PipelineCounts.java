package org.anlan.vessel.stream;

import org.anlan.vessel.ais.AisCounts;

/**
 * @param positions      fixes accepted (after de-duplication)
 * @param duplicates     fixes dropped as repeats of a recent report or older than the vessel's last fix
 * @param unusable       fixes without a usable position ("not available") or MMSI
 * @param fenceAlarms    fence alarms raised
 * @param collisionAlarms collision alarms raised
 * @param pairsCompared  watched pairs within the radius whose CPA was computed
 * @param vessels        vessels the pipeline holds state for
 * @param decoder        the AIS decoder's counts
 */
public record PipelineCounts(long positions, long duplicates, long unusable, long fenceAlarms,
        long collisionAlarms, long pairsCompared, int vessels, AisCounts decoder) {
}
