package dev.coroner.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A schema test whose published schema is absent skips on a laptop and fails under {@code CI=true}. */
class SharedSchemasTest {

    @Test
    void anAbsentSchemaSkipsOrFailsUnderCi() {
        if (SharedSchemas.ci()) {
            AssertionError error = assertThrows(AssertionError.class, () -> SharedSchemas.require("no-such-schema.json"));
            assertTrue(error.getMessage().contains("CI=true"), error.getMessage());
        } else {
            assertThrows(TestAbortedException.class, () -> SharedSchemas.require("no-such-schema.json"));
        }
    }
}
