package dev.coroner.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published report schemas, read from {@code ../shared/reference/schemas/} beside the
 * repository (never copied into it). A test that needs one and cannot find it is skipped with a
 * message saying where it looked.
 */
public final class SharedSchemas {

    /** The repository root: tests run in a module directory. */
    public static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

    private SharedSchemas() {
    }

    /** The schema file; when it is absent the test is skipped, or fails under {@code CI=true}. */
    public static Path require(String name) {
        Path schema = ROOT.resolve("../shared/reference/schemas").resolve(name).normalize();
        if (!Files.isRegularFile(schema)) {
            String message = schema + " is absent (the published schema is read from "
                    + "../shared/reference/schemas/ beside the repository, never copied into it)";
            if (ci()) {
                throw new AssertionError(message + " (CI=true: reports must be checked against the published schemas)");
            }
            System.err.println("skipped: " + message);
            assumeTrue(false, "skipped: " + message);
        }
        return schema;
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
