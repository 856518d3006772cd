package org.anlan.incident;

/** How the county learned of an incident: a call to the duty desk, a grid member, the public, another module. */
public enum IncidentChannel { DUTY_CALL, GRID, PUBLIC, SYSTEM }
