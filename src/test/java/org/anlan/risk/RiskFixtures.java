package org.anlan.risk;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.anlan.enterprise.UnifiedSocialCreditCode;
import org.anlan.support.ApiClient;

/** Enterprises, risk points and hazards created through the API for the integration tests. */
final class RiskFixtures {

    static final String SHIPU = "330225101";
    static final String HEPU = "330225103";
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 10_000_000L * 7);

    private RiskFixtures() {
    }

    static Map<String, Object> enterprise(String name, String township) {
        Map<String, Object> e = new HashMap<>();
        e.put("name", name);
        e.put("creditCode", UnifiedSocialCreditCode.synthetic("330225", SERIAL.incrementAndGet()).value());
        e.put("industry", "INDUSTRY_AND_TRADE");
        e.put("townshipCode", township);
        e.put("address", "测试地址");
        return e;
    }

    static String createEnterprise(ApiClient api, String name, String township) {
        var response = api.post("/api/enterprises", ApiClient.json(enterprise(name + SERIAL.incrementAndGet(), township)),
                "admin");
        if (response.status() != 201) {
            throw new IllegalStateException("cannot create the test enterprise: " + response);
        }
        return response.json().path("id").asString();
    }

    static String fileHazard(ApiClient api, String enterprise, String grade, String user) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterprise);
        body.put("description", "测试隐患：消防通道堵塞");
        body.put("location", "一号车间");
        body.put("category", "消防安全");
        if (grade != null) {
            body.put("grade", grade);
        }
        var response = api.post("/api/hazards", ApiClient.json(body), user);
        if (response.status() != 201) {
            throw new IllegalStateException("cannot file the test hazard: " + response);
        }
        return response.json().path("id").asString();
    }

    static Map<String, Object> lecPoint(String enterprise, String name, String l, String e, String c) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterprise);
        body.put("name", name);
        body.put("place", "测试场所");
        body.put("method", "LEC");
        body.put("l", new java.math.BigDecimal(l));
        body.put("e", new java.math.BigDecimal(e));
        body.put("c", new java.math.BigDecimal(c));
        return body;
    }
}
