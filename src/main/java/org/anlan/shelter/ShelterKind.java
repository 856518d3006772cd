package org.anlan.shelter;

/** What the building is: a school, a gym, a hall (礼堂/文化礼堂), a purpose-built centre, or something else. */
public enum ShelterKind {
    SCHOOL, GYM, HALL, PURPOSE_BUILT, OTHER
}
