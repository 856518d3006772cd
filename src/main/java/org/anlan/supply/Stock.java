package org.anlan.supply;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the stock ledger: stock_batch and stock_movement. */
@Repository
class Stock {

    /** The balance of one item in one depot. */
    record Balance(UUID depotId, String itemCode, long quantity) {
    }

    private static final String MOVEMENT_SELECT = """
            SELECT m.*, b.depot_id, b.item_code, b.batch_no FROM stock_movement m JOIN stock_batch b ON b.id = m.batch_id
            """;
    private final JdbcClient jdbc;

    Stock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertBatch(StockBatch b, Instant at) {
        jdbc.sql("""
                        INSERT INTO stock_batch (id, depot_id, item_code, batch_no, received_on, expires_on, source, created_at)
                        VALUES (:id, :depot, :item, :batchNo, :received, :expires, :source, :at)""")
                .param("id", b.id()).param("depot", b.depotId()).param("item", b.itemCode()).param("batchNo", b.batchNo())
                .param("received", b.receivedOn()).param("expires", b.expiresOn()).param("source", b.source())
                .param("at", utc(at))
                .update();
    }

    Optional<StockBatch> batch(UUID depotId, String itemCode, String batchNo) {
        return jdbc.sql("SELECT * FROM stock_batch WHERE depot_id = :depot AND item_code = :item AND batch_no = :no")
                .param("depot", depotId).param("item", itemCode).param("no", batchNo).query(Stock::batch).optional();
    }

    Optional<StockBatch> batch(UUID id) {
        return jdbc.sql("SELECT * FROM stock_batch WHERE id = :id").param("id", id).query(Stock::batch).optional();
    }

    /** Locks one batch for a read-modify-write of its balance. */
    Optional<StockBatch> lockBatch(UUID id) {
        return jdbc.sql("SELECT * FROM stock_batch WHERE id = :id FOR UPDATE").param("id", id).query(Stock::batch).optional();
    }

    /**
     * Locks the non-empty, unexpired batches of an item in a depot, first to expire first (FEFO), then oldest
     * first. Expired stock is not issued; it waits for its write-off.
     */
    List<StockBatch> lockIssuable(UUID depotId, String itemCode, LocalDate today) {
        return jdbc.sql("""
                        SELECT * FROM stock_batch WHERE depot_id = :depot AND item_code = :item AND balance > 0
                           AND (expires_on IS NULL OR expires_on >= :today)
                         ORDER BY expires_on NULLS LAST, received_on, batch_no FOR UPDATE""")
                .param("depot", depotId).param("item", itemCode).param("today", today).query(Stock::batch).list();
    }

    /** Units per depot and item that may be issued today (unexpired). */
    List<Balance> issuableBalances(LocalDate today) {
        return jdbc.sql("""
                        SELECT depot_id, item_code, sum(balance) AS quantity FROM stock_batch
                         WHERE balance > 0 AND (expires_on IS NULL OR expires_on >= :today) GROUP BY depot_id, item_code""")
                .param("today", today)
                .query((rs, row) -> new Balance(rs.getObject("depot_id", UUID.class), rs.getString("item_code"),
                        rs.getLong("quantity"))).list();
    }

    void insertMovement(StockMovement m) {
        jdbc.sql("""
                        INSERT INTO stock_movement (id, batch_id, kind, quantity, reason, recipient, transfer_id, demand_id,
                                                    actor, at)
                        VALUES (:id, :batch, :kind, :quantity, :reason, :recipient, :transfer, :demand, :actor, :at)""")
                .param("id", m.id()).param("batch", m.batchId()).param("kind", m.kind().name())
                .param("quantity", m.quantity()).param("reason", m.reason()).param("recipient", m.recipient())
                .param("transfer", m.transferId()).param("demand", m.demandId()).param("actor", m.actor())
                .param("at", utc(m.at()))
                .update();
    }

    List<StockBatch> batches(UUID depotId) {
        return jdbc.sql("SELECT * FROM stock_batch WHERE depot_id = :depot ORDER BY item_code, expires_on NULLS LAST, batch_no")
                .param("depot", depotId).query(Stock::batch).list();
    }

    List<Balance> balances() {
        return jdbc.sql("SELECT depot_id, item_code, sum(balance) AS quantity FROM stock_batch GROUP BY depot_id, item_code")
                .query((rs, row) -> new Balance(rs.getObject("depot_id", UUID.class), rs.getString("item_code"),
                        rs.getLong("quantity"))).list();
    }

    /** Non-empty batches that expire on or before the given day. */
    List<StockBatch> expiringBy(LocalDate day) {
        return jdbc.sql("SELECT * FROM stock_batch WHERE balance > 0 AND expires_on <= :day ORDER BY expires_on, depot_id")
                .param("day", day).query(Stock::batch).list();
    }

    List<StockMovement> recentMovements(UUID depotId, int limit) {
        return jdbc.sql(MOVEMENT_SELECT + " WHERE (CAST(:depot AS uuid) IS NULL OR b.depot_id = :depot) ORDER BY m.seq DESC LIMIT :limit")
                .param("depot", depotId).param("limit", limit).query(Stock::movement).list();
    }

    List<StockMovement> movementsOf(UUID batchId) {
        return jdbc.sql(MOVEMENT_SELECT + " WHERE m.batch_id = :batch ORDER BY m.seq")
                .param("batch", batchId).query(Stock::movement).list();
    }

    List<StockMovement> movementsForDemand(UUID demandId) {
        return jdbc.sql(MOVEMENT_SELECT + " WHERE m.demand_id = :demand ORDER BY m.seq")
                .param("demand", demandId).query(Stock::movement).list();
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static StockBatch batch(ResultSet rs, int row) throws SQLException {
        return new StockBatch(rs.getObject("id", UUID.class), rs.getObject("depot_id", UUID.class),
                rs.getString("item_code"), rs.getString("batch_no"), rs.getObject("received_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getString("source"), rs.getLong("balance"));
    }

    private static StockMovement movement(ResultSet rs, int row) throws SQLException {
        return new StockMovement(rs.getObject("id", UUID.class), rs.getObject("batch_id", UUID.class),
                rs.getObject("depot_id", UUID.class), rs.getString("item_code"), rs.getString("batch_no"),
                MovementKind.valueOf(rs.getString("kind")), rs.getLong("quantity"), rs.getString("reason"),
                rs.getString("recipient"), rs.getObject("transfer_id", UUID.class), rs.getObject("demand_id", UUID.class),
                rs.getString("actor"), rs.getObject("at", OffsetDateTime.class).toInstant());
    }
}
