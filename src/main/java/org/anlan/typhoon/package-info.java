/**
 * 台风 — best tracks (CMA fixed-width and CSV, JMA bst with wind radii), interpolated positions, wind circles
 * (given radii or the Holland 1980 profile), and the impact of a track on every township: closest approach,
 * entry and exit of the 6/8/10/12-level wind circles and the typhoon signal each would warrant over time.
 * Other modules use {@link org.anlan.typhoon.TyphoonTracks} ({@code windArea}, {@code impact}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "typhoon 台风",
        allowedDependencies = {"geo", "county", "platform", "audit"})
package org.anlan.typhoon;
