package org.anlan.resource;

/** 待命 / 出动中 / 休整 / 不可用. Only teams on standby are recommended for dispatch. */
public enum TeamStatus { ON_DUTY, DISPATCHED, OFF_DUTY, UNAVAILABLE }
