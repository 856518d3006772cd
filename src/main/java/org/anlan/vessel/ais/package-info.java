/**
 * AIS NMEA 0183 decoding ({@code !AIVDM}/{@code !AIVDO} and other talkers) into gpsd's AIS JSON field names and scaling.
 */
@org.springframework.modulith.NamedInterface("ais")
package org.anlan.vessel.ais;
