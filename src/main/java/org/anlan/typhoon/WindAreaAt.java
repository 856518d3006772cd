package org.anlan.typhoon;

import java.time.Instant;
import org.locationtech.jts.geom.Geometry;

/** The area of one wind level at one time (lon/lat polygon, empty when the level is not reached then). */
public record WindAreaAt(Instant at, Geometry area) {
}
