/**
 * 转移安置分配 — evacuation allocation: people per village to open shelters at minimum total travel (great-circle
 * kilometres or given minutes) under shelter capacities and island crossings, as an exact min-cost transportation
 * problem; pure calculation, no stored data.
 */
@org.springframework.modulith.NamedInterface("evacuation")
package org.anlan.shelter.evacuation;
