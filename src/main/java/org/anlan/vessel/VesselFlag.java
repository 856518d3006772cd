package org.anlan.vessel;

/**
 * The kinds of vessel the plan asks to watch closely: ten or more crew, boats registered elsewhere but operating
 * here (异地挂靠), and refrigerated carriers using ammonia.
 */
public enum VesselFlag {
    LARGE_CREW, REGISTERED_ELSEWHERE, AMMONIA_REFRIGERATION;

    public static final int LARGE_CREW_THRESHOLD = 10;
}
