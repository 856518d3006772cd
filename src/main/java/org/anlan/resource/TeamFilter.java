package org.anlan.resource;

/** Which teams to list; a null field does not filter. */
public record TeamFilter(String townshipCode, TeamKind kind, String capability, TeamStatus status) {

    public static final TeamFilter ALL = new TeamFilter(null, null, null, null);

    public TeamFilter {
        if (capability != null) {
            Capabilities.requireKnown(java.util.List.of(capability));
        }
    }

    /** A filter from request parameters, refusing unknown kinds, capabilities and statuses. */
    public static TeamFilter parse(String townshipCode, String kind, String capability, String status) {
        return new TeamFilter(blankToNull(townshipCode), blankToNull(kind) == null ? null : TeamKind.parse(kind),
                blankToNull(capability), blankToNull(status) == null ? null : TeamStatus.parse(status));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
