package org.anlan.monitoring;

import java.util.List;

/** The outcome of a batch: readings received, newly stored, already stored (duplicates), and those refused. */
public record IngestReport(int received, int stored, int duplicates, List<Rejection> rejected) {
}
