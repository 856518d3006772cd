package org.anlan.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Role;
import org.anlan.support.AnlanIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger under concurrent withdrawals, and the database's own guard of every balance. */
@AnlanIntegrationTest
class StockLedgerIT {

    static final String SHIPU = "330225101";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    StockLedger ledger;
    @Autowired
    SupplyDepots depots;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        SupplyActors.signIn("ledger-test", Role.DUTY_OFFICER, null);
    }

    @AfterEach
    void signOut() {
        SupplyActors.signOut();
    }

    private Depot depot() {
        return depots.registerDepot(new DepotDraft("测试仓库" + UNIQUE.incrementAndGet() + "-" + UUID.randomUUID(), "TOWNSHIP",
                null, SHIPU, null, new BigDecimal("120"), null, null, "测试保管员", null));
    }

    @Test
    void manyThreadsWithdrawingAtOnceNeverOverdrawAndEveryBalanceIsTheSumOfItsMovements() throws Exception {
        Depot depot = depot();
        ledger.receive(depot.id(), new Receipt("QUILT", 50L, "Q-A", null, null, null, "采购"));
        ledger.receive(depot.id(), new Receipt("QUILT", 30L, "Q-B", null, null, null, "采购"));
        int threads = 16;
        int attemptsEach = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<int[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int quantity = 1 + t % 3;
            Callable<int[]> worker = () -> {
                SupplyActors.signIn("ledger-thread", Role.DUTY_OFFICER, null);
                start.await();
                int issued = 0;
                int refused = 0;
                for (int i = 0; i < attemptsEach; i++) {
                    try {
                        ledger.issue(depot.id(), "QUILT", (long) quantity, "石浦镇安置点", "并发测试", null);
                        issued += quantity;
                    } catch (ApiException e) {
                        assertThat(e.code()).isEqualTo("STOCK_INSUFFICIENT");
                        refused++;
                    }
                }
                return new int[] {issued, refused};
            };
            results.add(pool.submit(worker));
        }
        start.countDown();
        int issued = 0;
        int refused = 0;
        for (Future<int[]> result : results) {
            int[] r = result.get(120, TimeUnit.SECONDS);
            issued += r[0];
            refused += r[1];
        }
        pool.shutdown();
        // 16 threads × 4 attempts ask for 128 quilts in all; exactly the 80 held can go out
        assertThat(issued).isLessThanOrEqualTo(80).isGreaterThanOrEqualTo(78);
        assertThat(refused).isPositive();
        long left = ledger.batches(depot.id()).stream().mapToLong(StockBatch::balance).sum();
        assertThat(left).isEqualTo(80 - issued).isGreaterThanOrEqualTo(0);
        assertThat(mismatchedBalances()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM stock_batch WHERE balance < 0").query(Long.class).single()).isZero();
    }

    @Test
    void anIssueLargerThanTheStockIsRefusedAndWritesNothing() {
        Depot depot = depot();
        ledger.receive(depot.id(), new Receipt("WATER", 10L, null, null, null, null, null));
        long movementsBefore = movements(depot);
        assertThatThrownBy(() -> ledger.issue(depot.id(), "WATER", 11L, "丹东街道", null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("STOCK_INSUFFICIENT"));
        assertThatThrownBy(() -> ledger.issue(depot.id(), "WATER", -1L, "丹东街道", null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("SUPPLY_QUANTITY_INVALID"));
        assertThatThrownBy(() -> ledger.issue(depot.id(), "CAVIAR", 1L, "丹东街道", null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("SUPPLY_ITEM_UNKNOWN"));
        assertThat(movements(depot)).isEqualTo(movementsBefore);
        assertThat(ledger.batches(depot.id()).get(0).balance()).isEqualTo(10);
    }

    @Test
    void issuesTakeTheFirstExpiringBatchFirstAndTransfersKeepBatchNumbersAndExpiry() {
        Depot from = depot();
        Depot to = depot();
        LocalDate soon = LocalDate.of(2027, 3, 1);
        ledger.receive(from.id(), new Receipt("INSTANT_FOOD", 20L, "F-LATE", null, LocalDate.of(2027, 9, 1), null, null));
        ledger.receive(from.id(), new Receipt("INSTANT_FOOD", 20L, "F-SOON", null, soon, null, null));
        List<StockMovement> out = ledger.issue(from.id(), "INSTANT_FOOD", 25L, "西周镇", null, null);
        assertThat(out).extracting(StockMovement::batchNo).containsExactly("F-SOON", "F-LATE");
        assertThat(out).extracting(StockMovement::quantity).containsExactly(-20L, -5L);

        ledger.transfer(from.id(), to.id(), "INSTANT_FOOD", 10L, "调拨测试");
        List<StockBatch> arrived = ledger.batches(to.id());
        assertThat(arrived).singleElement().satisfies(b -> {
            assertThat(b.batchNo()).isEqualTo("F-LATE");
            assertThat(b.expiresOn()).isEqualTo(LocalDate.of(2027, 9, 1));
            assertThat(b.balance()).isEqualTo(10);
        });
        assertThat(ledger.batches(from.id()).stream().mapToLong(StockBatch::balance).sum()).isEqualTo(5);
        StockBatch late = ledger.batches(from.id()).stream().filter(b -> b.batchNo().equals("F-LATE")).findFirst().orElseThrow();
        ledger.writeOff(late.id(), 5L, "受潮");
        assertThat(ledger.movementsOfBatch(late.id())).extracting(StockMovement::kind)
                .containsExactly(MovementKind.IN, MovementKind.OUT, MovementKind.TRANSFER_OUT, MovementKind.WRITE_OFF);
        assertThat(mismatchedBalances()).isZero();
    }

    @Test
    void theDatabaseRefusesABalanceChangedBesideTheLedgerAndAnOverdrawingMovement() {
        Depot depot = depot();
        StockBatch batch = ledger.receive(depot.id(), new Receipt("PUMP", 2L, null, null, null, null, null));
        assertThatThrownBy(() -> jdbc.sql("UPDATE stock_batch SET balance = 99 WHERE id = :id").param("id", batch.id()).update())
                .hasMessageContaining("only through stock movements");
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO stock_movement (id, batch_id, kind, quantity, actor, at)
                        VALUES (gen_random_uuid(), :batch, 'OUT', -3, 'sql', now())""").param("batch", batch.id()).update())
                .hasMessageContaining("stock_batch_balance_check");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM stock_movement WHERE batch_id = :batch").param("batch", batch.id()).update())
                .hasMessageContaining("append-only");
        assertThat(ledger.batches(depot.id()).get(0).balance()).isEqualTo(2);
    }

    @Test
    void aTownshipOfficerAllocatesTheirOwnTownshipsDepotsButNotCountyOwnedStock() {
        Depot own = depot();
        Depot county = depots.registerDepot(new DepotDraft("测试县级库" + UUID.randomUUID(), "COUNTY", "COUNTY", SHIPU,
                null, new BigDecimal("1000"), null, null, null, null));
        ledger.receive(own.id(), new Receipt("LIFE_JACKET", 5L, null, null, null, null, null));
        ledger.receive(county.id(), new Receipt("LIFE_JACKET", 5L, null, null, null, null, null));
        SupplyActors.signIn("township-test", Role.TOWNSHIP_OFFICER, SHIPU);
        assertThat(ledger.issue(own.id(), "LIFE_JACKET", 2L, "番西村", null, null)).hasSize(1);
        assertThatThrownBy(() -> ledger.issue(county.id(), "LIFE_JACKET", 2L, "番西村", null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("SCOPE_TOWNSHIP_DENIED"));
        SupplyActors.signIn("township-test", Role.TOWNSHIP_OFFICER, "330225103");
        assertThatThrownBy(() -> ledger.issue(own.id(), "LIFE_JACKET", 1L, "鹤浦", null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("SCOPE_TOWNSHIP_DENIED"));
    }

    private long mismatchedBalances() {
        return jdbc.sql("""
                        SELECT count(*) FROM stock_batch b
                         WHERE b.balance <> (SELECT coalesce(sum(m.quantity), 0) FROM stock_movement m WHERE m.batch_id = b.id)""")
                .query(Long.class).single();
    }

    private long movements(Depot depot) {
        return jdbc.sql("SELECT count(*) FROM stock_movement m JOIN stock_batch b ON b.id = m.batch_id WHERE b.depot_id = :d")
                .param("d", depot.id()).query(Long.class).single();
    }
}
