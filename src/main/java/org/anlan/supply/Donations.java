package org.anlan.supply;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of donation and of the public donation summary. */
@Repository
class Donations {

    private final JdbcClient jdbc;

    Donations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Donation d, String by) {
        jdbc.sql("""
                        INSERT INTO donation (id, donor, donor_public, item_code, quantity, received_at, status, created_by)
                        VALUES (:id, :donor, :public, :item, :quantity, :at, 'RECEIVED', :by)""")
                .param("id", d.id()).param("donor", d.donor()).param("public", d.donorPublic())
                .param("item", d.itemCode()).param("quantity", d.quantity()).param("at", Stock.utc(d.receivedAt()))
                .param("by", by)
                .update();
    }

    void inspected(UUID id, long accepted, String note, Instant at) {
        jdbc.sql("""
                        UPDATE donation SET status = :status, accepted = :accepted, inspection_note = :note, inspected_at = :at
                         WHERE id = :id""")
                .param("status", accepted > 0 ? "ACCEPTED" : "REJECTED").param("accepted", accepted)
                .param("note", note).param("at", Stock.utc(at)).param("id", id)
                .update();
    }

    void stored(UUID id, UUID batchId) {
        jdbc.sql("UPDATE donation SET status = 'STORED', batch_id = :batch WHERE id = :id")
                .param("batch", batchId).param("id", id).update();
    }

    Optional<Donation> lock(UUID id) {
        return jdbc.sql("SELECT * FROM donation WHERE id = :id FOR UPDATE").param("id", id).query(Donations::donation).optional();
    }

    Optional<Donation> byId(UUID id) {
        return jdbc.sql("SELECT * FROM donation WHERE id = :id").param("id", id).query(Donations::donation).optional();
    }

    List<Donation> all() {
        return jdbc.sql("SELECT * FROM donation ORDER BY received_at DESC, id").query(Donations::donation).list();
    }

    List<DonationSummary.ItemTotal> totals() {
        return jdbc.sql("""
                        SELECT i.code, i.name, i.unit, sum(d.quantity) AS received,
                               coalesce(sum(d.accepted), 0) AS accepted,
                               coalesce(sum((SELECT -sum(m.quantity) FROM stock_movement m
                                              WHERE m.batch_id = d.batch_id AND m.kind <> 'IN')), 0) AS allocated
                          FROM donation d JOIN supply_item i ON i.code = d.item_code
                         GROUP BY i.code, i.name, i.unit ORDER BY i.code""")
                .query((rs, row) -> new DonationSummary.ItemTotal(rs.getString("code"), rs.getString("name"),
                        rs.getString("unit"), rs.getLong("received"), rs.getLong("accepted"), rs.getLong("allocated")))
                .list();
    }

    List<DonationSummary.NamedDonor> namedDonors() {
        return jdbc.sql("""
                        SELECT d.donor, i.name, sum(d.quantity) AS quantity, i.unit
                          FROM donation d JOIN supply_item i ON i.code = d.item_code
                         WHERE d.donor_public AND d.status <> 'REJECTED'
                         GROUP BY d.donor, i.name, i.unit ORDER BY d.donor, i.name""")
                .query((rs, row) -> new DonationSummary.NamedDonor(rs.getString("donor"), rs.getString("name"),
                        rs.getLong("quantity"), rs.getString("unit"))).list();
    }

    List<DonationSummary.Recipient> recipients() {
        return jdbc.sql("""
                        SELECT m.recipient, i.name, -sum(m.quantity) AS quantity, i.unit
                          FROM donation d JOIN stock_movement m ON m.batch_id = d.batch_id AND m.kind <> 'IN'
                          JOIN supply_item i ON i.code = d.item_code
                         GROUP BY m.recipient, i.name, i.unit ORDER BY m.recipient, i.name""")
                .query((rs, row) -> new DonationSummary.Recipient(rs.getString("recipient"), rs.getString("name"),
                        rs.getLong("quantity"), rs.getString("unit"))).list();
    }

    private static Donation donation(ResultSet rs, int row) throws SQLException {
        return new Donation(rs.getObject("id", UUID.class), rs.getString("donor"), rs.getBoolean("donor_public"),
                rs.getString("item_code"), rs.getLong("quantity"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
                (Long) rs.getObject("accepted"), rs.getString("inspection_note"), rs.getObject("batch_id", UUID.class));
    }
}
