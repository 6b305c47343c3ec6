package dev.coroner.ingest.langgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.DatabaseUrls;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.TraceImporter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Database URLs as users write them: recognised, turned into JDBC, shown without passwords. */
class PostgresUrlTest {

    @Test
    void libpqUrlBecomesJdbcWithCredentialsAsProperties() {
        PostgresUrl url = PostgresUrl.parse("postgresql://agent%40ops:p%2Fss+word@db.internal:6543/lang%20graph"
                + "?sslmode=require&password=from-the-query");
        assertEquals("jdbc:postgresql://db.internal:6543/lang graph?sslmode=require", url.jdbcUrl());
        assertEquals("agent@ops", url.properties().getProperty("user"));
        assertEquals("from-the-query", url.properties().getProperty("password"));

        PostgresUrl bare = PostgresUrl.parse("postgres:///checkpoints");
        assertEquals("jdbc:postgresql://localhost/checkpoints", bare.jdbcUrl());
        assertTrue(bare.properties().isEmpty());

        PostgresUrl jdbc = PostgresUrl.parse("jdbc:postgresql://h:5432/db?user=u");
        assertEquals("jdbc:postgresql://h:5432/db?user=u", jdbc.jdbcUrl());
    }

    @Test
    void passwordsAreMaskedWhereverTheyAre() {
        assertEquals("postgresql://agent:***@db:5432/lg", DatabaseUrls.redact("postgresql://agent:s3cr3t@db:5432/lg"));
        assertEquals("postgresql://db/lg?user=a&password=***&sslmode=require",
                DatabaseUrls.redact("postgresql://db/lg?user=a&password=s3cr3t&sslmode=require"));
        assertEquals("jdbc:postgresql://db/lg?PASSWORD=***", DatabaseUrls.redact("jdbc:postgresql://db/lg?PASSWORD=x"));
        assertEquals("postgresql://agent@db/lg", DatabaseUrls.redact("postgresql://agent@db/lg"));
    }

    @Test
    void theRegistryKnowsWhichImporterReadsAUrl() {
        assertEquals(Optional.of(LangGraphPostgresImporter.NAME), reader("postgresql://db/lg"));
        assertEquals(Optional.of(LangGraphPostgresImporter.NAME), reader("POSTGRES://db/lg"));
        assertEquals(Optional.of(LangGraphPostgresImporter.NAME), reader("jdbc:postgresql://db/lg"));
        assertEquals(Optional.of("redis"), reader("rediss://cache:6380/0"));
        assertEquals(Optional.empty(), reader("checkpoints.sqlite"));
        assertEquals(Optional.empty(), reader("mysql://db/lg"));
        assertTrue(FormatRegistry.standard().isDatabaseUrl("redis://cache"));
        assertFalse(FormatRegistry.standard().isDatabaseUrl("dump.rdb"));
    }

    private static Optional<String> reader(String url) {
        return FormatRegistry.standard().forUrl(url).map(TraceImporter::name);
    }
}
