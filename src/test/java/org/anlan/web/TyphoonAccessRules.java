package org.anlan.web;

import static org.anlan.web.AccessRule.EVERYONE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anlan.support.ApiClient;
import org.anlan.support.Multipart;
import org.anlan.typhoon.SyntheticTracks;

/**
 * Matrix rows of the typhoon module: everybody signed in reads tracks, impact and wind areas, by the API and on the
 * pages. The import (multipart) is checked for every role in {@code TyphoonTracksIT.onlyCountyCommandRolesImportTracks}.
 */
final class TyphoonAccessRules {

    private TyphoonAccessRules() {
    }

    static List<AccessRule> rules(ApiClient api) {
        String id = imported(api);
        return List.of(
                AccessRule.of("GET", "/api/typhoons", EVERYONE),
                AccessRule.of("GET", "/api/typhoons/" + id, EVERYONE),
                AccessRule.of("GET", "/api/typhoons/" + id + "/impact", EVERYONE),
                AccessRule.of("GET", "/api/typhoons/" + id + "/impact?stepMinutes=60&series=true", EVERYONE),
                AccessRule.of("GET", "/api/typhoons/" + id + "/wind-areas?at=2030-08-01T12:00:00Z", EVERYONE));
    }

    /** The track page and the data it loads: everybody signed in. */
    static List<AuthorizationMatrixIT.Page> pages(ApiClient api) {
        String id = imported(api);
        return List.of(
                new AuthorizationMatrixIT.Page("/typhoons/" + id, EVERYONE),
                AuthorizationMatrixIT.Page.fragment("/typhoons/" + id + "/track.json", EVERYONE),
                AuthorizationMatrixIT.Page.fragment("/typhoons/" + id + "/impact.json", EVERYONE),
                AuthorizationMatrixIT.Page.fragment("/typhoons/" + id + "/wind-areas.json?at=2030-08-01T12:00:00Z", EVERYONE));
    }

    private static String imported(ApiClient api) {
        var response = api.raw(Multipart.fileUpload(api.baseUrl() + "/api/typhoons", "file", "matrix.txt",
                        SyntheticTracks.cma(SyntheticTracks.nextNumber()).getBytes(StandardCharsets.US_ASCII))
                .header("Authorization", "Bearer " + api.token("admin")).build());
        if (response.status() != 201) {
            throw new IllegalStateException("Cannot import the matrix track: " + response);
        }
        return response.json().get(0).path("id").asString();
    }
}
