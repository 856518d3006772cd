package org.anlan.incident;

/** 接报 → 核实 → 处置中 → 结束; MERGED when folded into another report of the same event. */
public enum IncidentStatus { REPORTED, CONFIRMED, RESPONDING, CLOSED, MERGED }
