package dev.coroner.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for tests. {@code .ci/run} starts a throwaway cluster and passes its URL
 * in {@value #ENV} ({@code postgresql://coroner@127.0.0.1:54329/postgres}); without it, the first
 * test that needs a server starts one with {@code .ci/pg-cluster.sh} in a temporary directory and
 * stops it when the JVM exits. When no server can be started the test is skipped with the reason,
 * except under {@code CI=true}, where it fails.
 */
public final class PostgresServer {

    /** The environment variable naming a server the tests may create databases on. */
    public static final String ENV = "CORONER_TEST_PG_URL";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String url;
    private static String unavailable;

    private PostgresServer() {
    }

    /** The URL of the server's {@code postgres} database (libpq form), starting a server if needed. */
    public static synchronized String url() {
        if (url == null && unavailable == null) {
            String given = System.getenv(ENV);
            if (given != null && !given.isBlank()) {
                url = given.strip();
            } else {
                start();
            }
        }
        if (url == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("no PostgreSQL server for the checkpointer tests under CI: " + unavailable);
            }
            Assumptions.abort("skipped: no PostgreSQL server (" + unavailable + "); set " + ENV
                    + " or install PostgreSQL (Debian: apt-get install postgresql)");
        }
        return url;
    }

    /** Creates a fresh database, runs the SQL script in it, and returns its URL. */
    public static String databaseWith(Path script) throws IOException, SQLException {
        String server = url();
        String name = "coroner_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = connect(server); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        String database = withDatabase(server, name);
        try (Connection db = connect(database); Statement statement = db.createStatement()) {
            statement.execute(Files.readString(script, StandardCharsets.UTF_8));
        }
        return database;
    }

    /** A JDBC connection to a libpq-form URL (user in the URL, trust or password given as user:pw@). */
    public static Connection connect(String libpqUrl) throws SQLException {
        java.net.URI uri = java.net.URI.create(libpqUrl);
        java.util.Properties properties = new java.util.Properties();
        String userInfo = uri.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            properties.setProperty("user", colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) {
                properties.setProperty("password", userInfo.substring(colon + 1));
            }
        }
        return DriverManager.getConnection("jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath(),
                properties);
    }

    /** The same server URL with another database. */
    public static String withDatabase(String server, String database) {
        int slash = server.indexOf('/', server.indexOf("://") + 3);
        String query = server.contains("?") ? server.substring(server.indexOf('?')) : "";
        return (slash < 0 ? server : server.substring(0, slash)) + "/" + database + query;
    }

    private static void start() {
        Path script = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../.ci/pg-cluster.sh")
                .normalize();
        if (!Files.isRegularFile(script)) {
            unavailable = "no " + script;
            return;
        }
        try {
            Path dir = Files.createTempDirectory("coroner-pg-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder("bash", script.toString(), "start", dir.toString(),
                    Integer.toString(port)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                unavailable = "pg-cluster.sh could not start a server: "
                        + output.lines().reduce((a, b) -> b).orElse("exit " + process.exitValue());
                return;
            }
            url = output.lines().reduce((a, b) -> b).orElseThrow();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    new ProcessBuilder("bash", script.toString(), "stop", dir.toString()).start().waitFor(60,
                            TimeUnit.SECONDS);
                    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                } catch (IOException | InterruptedException ignored) {
                    // the JVM is exiting; a leftover temporary server dies with the machine
                }
            }));
        } catch (IOException e) {
            unavailable = "cannot run pg-cluster.sh: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable = "interrupted while starting a server";
        }
    }
}
