package org.anlan.shelter;

/**
 * The standardisation checklist (规范化建设) of a shelter, after DB33/T 2158-2021's headings: signage, zoning,
 * reserve supplies, management rules, emergency power and light, drinking water, sanitation, fire safety, the
 * structural safety assessment, and accessibility. A shelter is standardised when every item is met with evidence.
 * The message key {@code shelter.check.<NAME>} names each item.
 */
public enum StandardItem {
    SIGNAGE, ZONING, SUPPLIES, RULES, POWER_LIGHTING, WATER, SANITATION, FIRE_SAFETY, SAFETY_ASSESSMENT, ACCESSIBILITY
}
