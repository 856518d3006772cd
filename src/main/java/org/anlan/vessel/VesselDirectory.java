package org.anlan.vessel;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which registered vessel an incoming fix belongs to, by MMSI or Beidou terminal id. Held in memory (a county
 * fleet is a few thousand rows) and reloaded after the registry changes, so ingestion does not query per fix.
 */
@Component
class VesselDirectory {

    /** The little ingestion needs to know about a vessel. */
    record Entry(UUID id, String name, VesselKind kind, String townshipCode, double serviceSpeedKn, Integer mmsi) {
    }

    private record Snapshot(Map<Integer, Entry> byMmsi, Map<String, Entry> byBeidou, Map<UUID, Entry> byId) {
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    VesselDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Entry> byMmsi(int mmsi) {
        return Optional.ofNullable(current().byMmsi().get(mmsi));
    }

    Optional<Entry> byBeidou(String terminal) {
        return Optional.ofNullable(current().byBeidou().get(terminal));
    }

    Optional<Entry> byId(UUID id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** Forgets the loaded directory now and again after the current transaction commits. */
    void changed() {
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot = null;
                }
            });
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        Map<Integer, Entry> byMmsi = new HashMap<>();
        Map<String, Entry> byBeidou = new HashMap<>();
        Map<UUID, Entry> byId = new HashMap<>();
        jdbc.sql("SELECT id, name, vessel_kind, township_code, service_speed_kn, mmsi, beidou_terminal FROM vessel")
                .query(rs -> {
                    Entry entry = new Entry(rs.getObject("id", UUID.class), rs.getString("name"),
                            VesselKind.valueOf(rs.getString("vessel_kind")), rs.getString("township_code"),
                            rs.getDouble("service_speed_kn"), (Integer) rs.getObject("mmsi"));
                    byId.put(entry.id(), entry);
                    if (entry.mmsi() != null) {
                        byMmsi.put(entry.mmsi(), entry);
                    }
                    String beidou = rs.getString("beidou_terminal");
                    if (beidou != null) {
                        byBeidou.put(beidou, entry);
                    }
                });
        return new Snapshot(Map.copyOf(byMmsi), Map.copyOf(byBeidou), Map.copyOf(byId));
    }
}
