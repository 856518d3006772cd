package org.anlan.vessel;

import java.time.Instant;
import org.locationtech.jts.geom.Geometry;

/** What an authorised user orders: the boats at sea in this area come back before the deadline. */
public record RecallOrder(String title, Geometry area, Instant deadline) {
}
