package org.anlan.supply;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of supply_item and min_stock_rule. */
@Repository
class Catalogue {

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SupplyItem> items() {
        return jdbc.sql("SELECT * FROM supply_item ORDER BY category, code").query(Catalogue::item).list();
    }

    Map<String, SupplyItem> byCode() {
        return items().stream().collect(Collectors.toMap(SupplyItem::code, i -> i));
    }

    Optional<SupplyItem> item(String code) {
        return jdbc.sql("SELECT * FROM supply_item WHERE code = :code").param("code", code).query(Catalogue::item).optional();
    }

    boolean insertIfAbsent(SupplyItem i) {
        return jdbc.sql("""
                        INSERT INTO supply_item (code, name, name_en, unit, category, shelf_life_days, once_per_person,
                                                 daily_per_person)
                        VALUES (:code, :name, :nameEn, :unit, :category, :shelf, :once, :daily) ON CONFLICT DO NOTHING""")
                .param("code", i.code()).param("name", i.name()).param("nameEn", i.nameEn()).param("unit", i.unit())
                .param("category", i.category()).param("shelf", i.shelfLifeDays()).param("once", i.oncePerPerson())
                .param("daily", i.dailyPerPerson())
                .update() == 1;
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM supply_item WHERE name = :name").param("name", name).query(Long.class)
                .single() > 0;
    }

    List<MinimumStockRule> rules() {
        return jdbc.sql("SELECT * FROM min_stock_rule ORDER BY level, item_code")
                .query((rs, row) -> new MinimumStockRule(ReserveLevel.valueOf(rs.getString("level")), rs.getString("item_code"),
                        rs.getLong("min_quantity"))).list();
    }

    void putRule(MinimumStockRule rule) {
        jdbc.sql("""
                        INSERT INTO min_stock_rule (level, item_code, min_quantity) VALUES (:level, :item, :min)
                        ON CONFLICT (level, item_code) DO UPDATE SET min_quantity = EXCLUDED.min_quantity""")
                .param("level", rule.level().name()).param("item", rule.itemCode()).param("min", rule.minQuantity())
                .update();
    }

    private static SupplyItem item(ResultSet rs, int row) throws SQLException {
        return new SupplyItem(rs.getString("code"), rs.getString("name"), rs.getString("name_en"), rs.getString("unit"),
                rs.getString("category"), (Integer) rs.getObject("shelf_life_days"),
                rs.getObject("once_per_person", BigDecimal.class), rs.getObject("daily_per_person", BigDecimal.class));
    }
}
