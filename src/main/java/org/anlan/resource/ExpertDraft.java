package org.anlan.resource;

import java.util.List;

/** An expert to register; {@code townshipCode} is where they live or work, if it matters. */
public record ExpertDraft(String name, List<String> specialities, String organisation, String phone,
                          String townshipCode) {
}
