package org.anlan.risk;

import org.anlan.enterprise.EnterpriseRelocated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An enterprise moved township: its risk points, hazards and declared units follow it in the same transaction
 * (township scope and the map read the copied township code), and the map is rebuilt after the commit.
 */
@Component
class FollowRelocatedEnterprise {

    private final JdbcClient jdbc;
    private final RiskMapIndex map;

    FollowRelocatedEnterprise(JdbcClient jdbc, RiskMapIndex map) {
        this.jdbc = jdbc;
        this.map = map;
    }

    @EventListener
    void on(EnterpriseRelocated moved) {
        for (String table : new String[] {"risk_point", "hidden_hazard", "major_hazard_unit"}) {
            jdbc.sql("UPDATE " + table + " SET township_code = :to WHERE enterprise_id = :id")
                    .param("to", moved.toTownship()).param("id", moved.enterprise().value()).update();
        }
        map.rebuildAfterCommit();
    }
}
