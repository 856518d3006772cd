package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anlan.support.AnlanIntegrationTest;
import org.anlan.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The contract of the open calculators, with the vectors of domain-rules §1.2 and §3.5, without an account. */
@AnlanIntegrationTest
class RiskCalculatorApiIT {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private ApiClient.Response lec(String body) {
        return api.post("/api/risk/lec", body, ApiClient.ANONYMOUS);
    }

    @ParameterizedTest(name = "({0},{1},{2}) → {3} {4} {5}")
    @CsvSource({"6,6,15,540,MAJOR,RED", "6,3,15,270,LARGE,ORANGE", "3,6,7,126,GENERAL,YELLOW",
            "10,1,7,70,GENERAL,YELLOW", "1,10,7,70,GENERAL,YELLOW", "1,6,15,90,GENERAL,YELLOW", "3,3,3,27,LOW,BLUE",
            "10,2,1,20,LOW,BLUE", "1,1,1,1,LOW,BLUE", "0.5,1,40,20,LOW,BLUE", "10,10,100,10000,MAJOR,RED",
            "0.1,0.5,1,0.05,LOW,BLUE", "6,1,40,240,LARGE,ORANGE", "3,10,15,450,MAJOR,RED"})
    void lecScoresLevelsAndColoursTheVectors(String l, String e, String c, String score, String level, String colour) {
        var response = lec("{\"l\":" + l + ",\"e\":" + e + ",\"c\":" + c + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("score").decimalValue()).isEqualByComparingTo(score);
        assertThat(json.path("level").asString()).isEqualTo(level);
        assertThat(json.path("colour").asString()).isEqualTo(colour);
    }

    @Test
    void theBoundarySeventyIsGeneralYellowAndJustBelowIsLowBlue() {
        JsonNode seventy = lec("{\"l\":10,\"e\":1,\"c\":7}").json();
        assertThat(seventy.path("score").asInt()).isEqualTo(70);
        assertThat(seventy.path("levelLabel").asString()).isEqualTo("一般风险");
        // 63 = 3 × 3 × 7 is the largest attainable D below 70
        JsonNode below = lec("{\"l\":3,\"e\":3,\"c\":7}").json();
        assertThat(below.path("score").asInt()).isEqualTo(63);
        assertThat(below.path("colour").asString()).isEqualTo("BLUE");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {"{\"l\":5,\"e\":6,\"c\":7}", "{\"l\":6.1,\"e\":6,\"c\":7}",
            "{\"l\":6,\"e\":7,\"c\":7}", "{\"l\":6,\"e\":6,\"c\":6}", "{\"l\":-6,\"e\":6,\"c\":7}",
            "{\"l\":0,\"e\":6,\"c\":7}", "{\"l\":6,\"e\":6}", "{\"l\":6,\"e\":0.49999,\"c\":7}",
            "{\"l\":9.99,\"e\":6,\"c\":7}", "{\"l\":1e400,\"e\":6,\"c\":7}"})
    void lecRefusesValuesOutsideTheTablesInsteadOfRounding(String body) {
        var response = lec(body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("risk.lec.factor-not-in-table");
    }

    @Test
    void lecRefusesTextAndMalformedJson() {
        assertThat(lec("{\"l\":\"abc\",\"e\":6,\"c\":7}").status()).isEqualTo(400);
        assertThat(lec("{\"l\":").status()).isEqualTo(400);
        assertThat(lec("{\"l\":6.0,\"e\":6.00,\"c\":7}").json().path("score").asInt()).isEqualTo(252);
    }

    @Test
    void lsUsesVariantAByDefaultAndRefusesOutOfRange() {
        var response = api.post("/api/risk/ls", "{\"l\":3,\"s\":4}", ApiClient.ANONYMOUS);
        assertThat(response.json().path("score").asInt()).isEqualTo(12);
        assertThat(response.json().path("level").asString()).isEqualTo("GENERAL");
        assertThat(response.json().path("variant").asString()).isEqualTo("A");
        assertThat(api.post("/api/risk/ls", "{\"l\":5,\"s\":5}", null).json().path("colour").asString()).isEqualTo("RED");
        assertThat(api.post("/api/risk/ls", "{\"l\":6,\"s\":1}", null).status()).isEqualTo(400);
        assertThat(api.post("/api/risk/ls", "{\"l\":1}", null).status()).isEqualTo(400);
    }

    private ApiClient.Response assess(int population, Object... nameTonnes) {
        List<Map<String, Object>> substances = new ArrayList<>();
        for (int i = 0; i < nameTonnes.length; i += 2) {
            substances.add(Map.of("name", nameTonnes[i], "tonnes", nameTonnes[i + 1]));
        }
        return api.post("/api/hazard-sources/assess",
                ApiClient.json(Map.of("population", population, "substances", substances)), ApiClient.ANONYMOUS);
    }

    @Test
    void ammoniaAndLpgWithAHundredAndTwentyPeopleIsAThirdGradeSource() {
        var response = api.post("/api/hazard-sources/assess", """
                {"population":120,"substances":[{"name":"氨","tonnes":50},{"name":"液化石油气","tonnes":100}]}""",
                ApiClient.ANONYMOUS);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("s").decimalValue()).isEqualByComparingTo("7");
        assertThat(json.path("r").decimalValue()).isEqualByComparingTo("26");
        assertThat(json.path("grade").asInt()).isEqualTo(3);
        assertThat(json.path("steps")).hasSize(2);
        assertThat(json.path("steps").get(0).path("ratio").decimalValue()).isEqualByComparingTo("5");
        assertThat(json.path("steps").get(0).path("beta").decimalValue()).isEqualByComparingTo("2");
        assertThat(json.path("steps").get(1).path("weightedRatio").decimalValue()).isEqualByComparingTo("3");
    }

    @ParameterizedTest(name = "{0} t chlorine, {1} people → grade {2}")
    @CsvSource({"20,0,4,8", "100,100,1,160", "5,99,4,6.0", "12.5,0,4,5", "62.5,30,2,60"})
    void chlorineGradesAcrossTheBands(String tonnes, int population, int grade, String r) {
        JsonNode json = assess(population, "氯", new java.math.BigDecimal(tonnes)).json();
        assertThat(json.path("grade").asInt()).isEqualTo(grade);
        assertThat(json.path("r").decimalValue()).isEqualByComparingTo(r);
    }

    @Test
    void belowOneItIsNotAMajorHazardSourceAndHasNoGrade() {
        JsonNode json = assess(500, "氨", 9.99).json();
        assertThat(json.path("s").decimalValue()).isEqualByComparingTo("0.999");
        assertThat(json.path("grade").isNull()).isTrue();
        assertThat(json.path("r").isNull()).isTrue();
        assertThat(json.path("majorHazardSource").asBoolean()).isFalse();
        JsonNode exactlyOne = assess(0, "氨", 10).json();
        assertThat(exactlyOne.path("majorHazardSource").asBoolean()).isTrue();
        assertThat(exactlyOne.path("grade").asInt()).isEqualTo(4);
    }

    @Test
    void badDeclarationsAreRefused() {
        assertThat(assess(10, "月球土", 1).code()).isEqualTo("risk.hazard-source.unknown-substance");
        assertThat(assess(-1, "氨", 1).code()).isEqualTo("risk.hazard-source.invalid-population");
        assertThat(assess(10, "氨", -1).code()).isEqualTo("risk.hazard-source.invalid-quantity");
        assertThat(assess(10).code()).isEqualTo("risk.hazard-source.no-substances");
        Object[] many = new Object[2 * 51];
        for (int i = 0; i < 51; i++) {
            many[2 * i] = "氨";
            many[2 * i + 1] = 1;
        }
        var tooMany = assess(10, many);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo("HAZARD_SOURCE_TOO_MANY_SUBSTANCES");
        assertThat(api.post("/api/hazard-sources/assess", "{\"substances\":[{\"name\":\"氨\",\"tonnes\":1}]}",
                null).status()).isEqualTo(400);
    }
}
