package org.anlan.county;

import java.util.List;

/** One of the county's five rescue circles (应急救援圈): a hub township and its member townships. */
public record RescueCircle(String code, String name, String nameEn, String hubTownshipCode, String color,
                           List<String> members) {
}
