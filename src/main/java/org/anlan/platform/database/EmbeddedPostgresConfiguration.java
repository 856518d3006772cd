package org.anlan.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no external database configured, Anlan runs its own PostgreSQL in a local data folder
 * ({@code anlan.db.data-dir}, default {@code ./data/pg}) so that a newcomer needs nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseNotConfigured.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${anlan.db.data-dir:./data/pg}") String dataDir) throws IOException {
        return EmbeddedDatabase.open(dataDir);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("anlan-embedded");
        return dataSource;
    }

    static Path resolve(String dataDir) {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }
}
