package org.anlan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole platform on a random port with a throw-away embedded PostgreSQL, in demo mode. Every test class
 * with exactly this annotation shares one application context (and one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anlan.db.data-dir=temp", "anlan.mode=demo", "anlan.public-report.per-minute=100000",
                "anlan.photos.dir=target/test-photos",
                // two intake writers (as by default, pinned here): a key's retries can race in different writers' batches
                "anlan.incident.intake.writers=2"})
@Import(TestClockConfiguration.class)
public @interface AnlanIntegrationTest {
}
