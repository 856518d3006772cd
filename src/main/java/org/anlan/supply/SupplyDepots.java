package org.anlan.supply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.geo.GeoPoint;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.anlan.supply.SupplyReports.ExpiryAlert;
import org.anlan.supply.SupplyReports.ExpiryState;
import org.anlan.supply.SupplyReports.ReserveTarget;
import org.anlan.supply.SupplyReports.Shortfall;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supply module's API for depots and the catalogue: registering depots, stock per depot, expiry and
 * rotation alerts, shortfalls against the minimum-stock rules and the plan's reserve areas. Everybody signed in
 * reads; depots are registered by the county roles, and by a township officer in their own township.
 */
@Service
public class SupplyDepots {

    private final Depots depots;
    private final Stock stock;
    private final Catalogue catalogue;
    private final CountyGeography county;
    private final SupplySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    SupplyDepots(Depots depots, Stock stock, Catalogue catalogue, CountyGeography county, SupplySettings settings,
                 AuditTrail audit, Clock clock) {
        this.depots = depots;
        this.stock = stock;
        this.catalogue = catalogue;
        this.county = county;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SupplyItem> catalogue() {
        return catalogue.items();
    }

    @Transactional(readOnly = true)
    public Optional<SupplyItem> item(String code) {
        return catalogue.item(code);
    }

    @Transactional(readOnly = true)
    public List<Depot> depots() {
        return depots.all();
    }

    @Transactional(readOnly = true)
    public Optional<Depot> depot(UUID id) {
        return depots.byId(id);
    }

    /** Units held per depot and item (depot id → item code → quantity). */
    @Transactional(readOnly = true)
    public Map<UUID, Map<String, Long>> stockByDepot() {
        Map<UUID, Map<String, Long>> held = new HashMap<>();
        stock.balances().forEach(b -> held.computeIfAbsent(b.depotId(), id -> new LinkedHashMap<>())
                .merge(b.itemCode(), b.quantity(), Long::sum));
        return held;
    }

    @Transactional
    public Depot registerDepot(DepotDraft draft) {
        CurrentActor.requireRole(SupplyPolicy.MANAGERS);
        String name = SupplyPolicy.required(draft.name(), "name", 100);
        ReserveLevel level = ReserveLevel.parse(draft.level(), "level");
        ReserveLevel owner = draft.ownerLevel() == null || draft.ownerLevel().isBlank() ? level
                : ReserveLevel.parse(draft.ownerLevel(), "ownerLevel");
        Township township = county.township(SupplyPolicy.required(draft.townshipCode(), "townshipCode", 20))
                .orElseThrow(() -> ApiException.badRequest("SUPPLY_TOWNSHIP_UNKNOWN", "error.supply.township",
                        draft.townshipCode()));
        CurrentActor.requireTownshipAccess(township.code());
        if (CurrentActor.require().townshipScoped() && owner == ReserveLevel.COUNTY) {
            throw new ApiException(HttpStatus.FORBIDDEN, "SCOPE_TOWNSHIP_DENIED", "error.supply.countyOwnedRegister");
        }
        BigDecimal area = SupplyPolicy.area(draft.areaM2());
        GeoPoint location = SupplyPolicy.location(draft.lat(), draft.lon());
        if (depots.nameTaken(name)) {
            throw ApiException.conflict("DEPOT_DUPLICATE", "error.supply.depotDuplicate", name);
        }
        Depot depot = new Depot(UUID.randomUUID(), name, level, owner, township.code(),
                SupplyPolicy.optional(draft.villageName(), "villageName", 60), area,
                location != null ? location : township.seat(), SupplyPolicy.optional(draft.keeper(), "keeper", 60),
                SupplyPolicy.optional(draft.phone(), "phone", 40), false);
        depots.insertIfAbsent(depot, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("level", level.name());
        after.put("ownerLevel", owner.name());
        after.put("areaM2", area);
        audit.record(AuditRecord.of("DEPOT_CREATE", "Depot", depot.id().toString()).inTownship(township.code())
                .changing(null, after));
        return depot;
    }

    /** Adds an item to the catalogue (county roles). */
    @Transactional
    public SupplyItem addItem(SupplyItem item) {
        CurrentActor.requireRole(Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER);
        String code = SupplyPolicy.required(item.code(), "code", 40);
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw ApiException.badRequest("SUPPLY_ITEM_CODE_INVALID", "error.supply.itemCode", code);
        }
        BigDecimal once = item.oncePerPerson() == null ? BigDecimal.ZERO : item.oncePerPerson();
        BigDecimal daily = item.dailyPerPerson() == null ? BigDecimal.ZERO : item.dailyPerPerson();
        if (once.signum() < 0 || daily.signum() < 0 || (item.shelfLifeDays() != null && item.shelfLifeDays() <= 0)) {
            throw ApiException.badRequest("SUPPLY_ITEM_INVALID", "error.supply.itemInvalid");
        }
        String category = SupplyPolicy.required(item.category(), "category", 20);
        if (!List.of("SHELTER", "BEDDING", "RESCUE", "POWER", "FOOD", "WATER", "HYGIENE").contains(category)) {
            throw ApiException.badRequest("SUPPLY_ITEM_INVALID", "error.supply.itemInvalid");
        }
        SupplyItem clean = new SupplyItem(code, SupplyPolicy.required(item.name(), "name", 60),
                SupplyPolicy.required(item.nameEn(), "nameEn", 60), SupplyPolicy.required(item.unit(), "unit", 10),
                category, item.shelfLifeDays(), once, daily);
        if (catalogue.nameTaken(clean.name()) || !catalogue.insertIfAbsent(clean)) {
            throw ApiException.conflict("SUPPLY_ITEM_DUPLICATE", "error.supply.itemDuplicate", code);
        }
        audit.record(AuditRecord.of("SUPPLY_ITEM_CREATE", "SupplyItem", code)
                .changing(null, Map.of("name", clean.name(), "unit", clean.unit())));
        return clean;
    }

    @Transactional(readOnly = true)
    public List<ExpiryAlert> expiryAlerts() {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Depot> byId = depotsById();
        Map<String, SupplyItem> items = catalogue.byCode();
        return stock.expiringBy(today.plusDays(settings.rotationDays())).stream().map(b -> {
            long days = ChronoUnit.DAYS.between(today, b.expiresOn());
            return new ExpiryAlert(b.id(), b.depotId(), byId.get(b.depotId()).name(), b.itemCode(),
                    items.get(b.itemCode()).name(), b.batchNo(), b.balance(), b.expiresOn(), days,
                    days < 0 ? ExpiryState.EXPIRED : ExpiryState.ROTATE);
        }).toList();
    }

    /** Items each depot holds less of than its level's minimum (expired batches do not count). */
    @Transactional(readOnly = true)
    public List<Shortfall> shortfalls() {
        Map<UUID, Map<String, Long>> held = stockByDepot();
        LocalDate today = LocalDate.now(clock);
        stock.expiringBy(today.minusDays(1)).forEach(b ->
                held.get(b.depotId()).merge(b.itemCode(), -b.balance(), Long::sum));
        Map<String, SupplyItem> items = catalogue.byCode();
        List<MinimumStockRule> rules = catalogue.rules();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Depot depot : depots.all()) {
            Map<String, Long> quantities = held.getOrDefault(depot.id(), Map.of());
            for (MinimumStockRule rule : rules) {
                long has = quantities.getOrDefault(rule.itemCode(), 0L);
                if (rule.level() == depot.level() && has < rule.minQuantity()) {
                    shortfalls.add(new Shortfall(depot.id(), depot.name(), depot.level(), depot.townshipCode(),
                            rule.itemCode(), items.get(rule.itemCode()).name(), rule.minQuantity(), has,
                            rule.minQuantity() - has));
                }
            }
        }
        return shortfalls;
    }

    /** The plan's reserve areas: the county's depots together, each disaster-prone township's, each village depot. */
    @Transactional(readOnly = true)
    public List<ReserveTarget> reserveTargets() {
        List<Depot> all = depots.all();
        Map<String, String> names = county.townshipNames();
        List<ReserveTarget> targets = new ArrayList<>();
        BigDecimal countyArea = sumArea(all, ReserveLevel.COUNTY, null);
        targets.add(new ReserveTarget(ReserveLevel.COUNTY, "象山县", null, settings.countyAreaM2(), countyArea,
                countyArea.compareTo(settings.countyAreaM2()) >= 0));
        for (String code : settings.disasterProneTownships()) {
            BigDecimal area = sumArea(all, ReserveLevel.TOWNSHIP, code);
            targets.add(new ReserveTarget(ReserveLevel.TOWNSHIP, names.getOrDefault(code, code), code,
                    settings.townshipAreaM2(), area, area.compareTo(settings.townshipAreaM2()) >= 0));
        }
        all.stream().filter(d -> d.level() == ReserveLevel.VILLAGE).forEach(d -> targets.add(new ReserveTarget(
                ReserveLevel.VILLAGE, d.name(), d.townshipCode(), settings.villageAreaM2(), d.areaM2(),
                d.areaM2().compareTo(settings.villageAreaM2()) >= 0)));
        return targets;
    }

    @Transactional(readOnly = true)
    public List<MinimumStockRule> minimumRules() {
        return catalogue.rules();
    }

    private static BigDecimal sumArea(List<Depot> depots, ReserveLevel level, String townshipCode) {
        return depots.stream().filter(d -> d.level() == level)
                .filter(d -> townshipCode == null || d.townshipCode().equals(townshipCode))
                .map(Depot::areaM2).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<UUID, Depot> depotsById() {
        Map<UUID, Depot> byId = new HashMap<>();
        depots.all().forEach(d -> byId.put(d.id(), d));
        return byId;
    }
}
