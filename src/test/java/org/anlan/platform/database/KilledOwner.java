package org.anlan.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseIT}: starts the embedded database, writes a row, reports READY
 * and waits to be killed with SIGKILL, leaving its postmaster behind as a crashed Anlan process would.
 */
public final class KilledOwner {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.open(args[0]);
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
            c.createStatement().execute("CREATE TABLE survivor (note TEXT); INSERT INTO survivor VALUES ('kept')");
        }
        System.out.println("READY " + database.port());
        System.out.flush();
        System.in.read();
    }
}
