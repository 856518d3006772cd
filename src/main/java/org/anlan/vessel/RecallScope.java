package org.anlan.vessel;

import java.time.Instant;
import java.util.Optional;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.Geometries;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * What decides which boats at sea a recall takes, by when each must be in shelter, and whether a boat leaving now
 * makes a given shelter safely: an order's area and deadline, or a typhoon's wind circle over a horizon.
 */
interface RecallScope {

    /** The boat's deadline when the recall takes it, empty when it does not. */
    Optional<Instant> deadline(LivePosition boat);

    /** Whether the boat, leaving now and arriving {@code travelSeconds} later, gets into this shelter in time. */
    boolean reachesInTime(LivePosition boat, GeoPoint shelter, Instant now, long travelSeconds, Instant deadline);

    /** An order: the boats inside the area, all with the order's deadline. */
    static RecallScope order(Geometry area, Instant deadline) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        return new RecallScope() {
            @Override
            public Optional<Instant> deadline(LivePosition boat) {
                return prepared.covers(Geometries.point(new GeoPoint(boat.lat(), boat.lon())))
                        ? Optional.of(deadline) : Optional.empty();
            }

            @Override
            public boolean reachesInTime(LivePosition boat, GeoPoint shelter, Instant now, long travelSeconds,
                                         Instant boatDeadline) {
                return !now.plusSeconds(travelSeconds).isAfter(boatDeadline);
            }
        };
    }

    /**
     * A typhoon: the boats the wind circle reaches within the sweep where they are or on their present course and
     * speed (MW-07); each must be in shelter before the circle reaches it, and not be caught on the way in.
     */
    static RecallScope typhoon(WindSweep sweep) {
        return new RecallScope() {
            @Override
            public Optional<Instant> deadline(LivePosition boat) {
                GeoPoint at = new GeoPoint(boat.lat(), boat.lon());
                Optional<Instant> here = sweep.reaches(at);
                Optional<Instant> onCourse = sweep.reachesOnCourse(at, boat.fixedAt(), boat.sog(), boat.cog());
                if (here.isPresent() && onCourse.isPresent()) {
                    return Optional.of(here.get().isBefore(onCourse.get()) ? here.get() : onCourse.get());
                }
                return here.isPresent() ? here : onCourse;
            }

            @Override
            public boolean reachesInTime(LivePosition boat, GeoPoint shelter, Instant now, long travelSeconds,
                                         Instant boatDeadline) {
                return !now.plusSeconds(travelSeconds).isAfter(boatDeadline)
                        && sweep.catchesOnRoute(new GeoPoint(boat.lat(), boat.lon()), shelter, now, travelSeconds).isEmpty();
            }
        };
    }
}
