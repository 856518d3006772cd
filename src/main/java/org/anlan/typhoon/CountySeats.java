package org.anlan.typhoon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.anlan.geo.GeoPoint;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county centre and township seats from the project's seed file ({@code seed/county/330225.json}), for the
 * standalone command that runs without a database. The running platform takes them from the county module.
 */
public record CountySeats(TownshipSeat countyCentre, List<TownshipSeat> townships) {

    static final String SEED = "/seed/county/330225.json";

    private record SeedFile(SeedPlace county, List<SeedPlace> townships) {
    }

    private record SeedPlace(String code, String name, double lat, double lon) {
        TownshipSeat seat() {
            return new TownshipSeat(code, name, new GeoPoint(lat, lon));
        }
    }

    public CountySeats {
        townships = List.copyOf(townships);
    }

    public static CountySeats fromSeedFile() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = CountySeats.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("the county seed " + SEED + " is not on the classpath");
            }
            SeedFile seed = json.readValue(in, SeedFile.class);
            return new CountySeats(seed.county().seat(), seed.townships().stream().map(SeedPlace::seat).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the county seed " + SEED, e);
        }
    }
}
