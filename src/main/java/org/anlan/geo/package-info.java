/**
 * Plain-Java spatial kernel on JTS: points, distances, polygons, spatial indexes, GeoJSON read/write. No Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "geo 空间", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.anlan.geo;
