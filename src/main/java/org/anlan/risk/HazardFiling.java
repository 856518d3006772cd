package org.anlan.risk;

/**
 * An official's or enterprise's report of a hidden hazard: found and registered in one step (排查 + 登记), and
 * graded at once when the grade is given and the caller may grade.
 */
public record HazardFiling(String description, String location, String category, String grade,
                           String judgementItem) {
}
