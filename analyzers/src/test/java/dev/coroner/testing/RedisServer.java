package dev.coroner.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.Jedis;

/**
 * A real Redis server for tests. {@code .ci/run} starts Debian's {@code redis-server} on a throwaway
 * port and passes its URL in {@value #ENV}; without it, the first test that needs a server starts
 * one ({@code redis-server} on the PATH, no persistence) and stops it when the JVM exits, removing
 * its temporary directory. When none
 * can be started the test is skipped with the reason, except under {@code CI=true}, where it fails.
 */
public final class RedisServer {

    /** The environment variable naming a server the tests may write fixtures to (databases 1 to 15). */
    public static final String ENV = "CORONER_TEST_REDIS_URL";

    private static String url;
    private static String unavailable;

    private RedisServer() {
    }

    /** The URL of the server, without a database number. */
    public static synchronized String url() {
        if (url == null && unavailable == null) {
            String given = System.getenv(ENV);
            if (given != null && !given.isBlank()) {
                url = given.strip().replaceAll("/\\d+$", "");
            } else {
                start();
            }
        }
        if (url == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("no Redis server for the Redis tests under CI: " + unavailable);
            }
            Assumptions.abort("skipped: no Redis server (" + unavailable + "); set " + ENV
                    + " or install redis-server (Debian: apt-get install redis-server)");
        }
        return url;
    }

    private static void start() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path dir = Files.createTempDirectory("coroner-test-redis");
            Process server = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
            // At exit: stop the server, and remove its directory unless it never answered (its log says why).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.destroy();
                try {
                    server.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (url != null) {
                    try {
                        Files.deleteIfExists(dir.resolve("server.log"));
                        Files.deleteIfExists(dir);
                    } catch (IOException ignored) {
                        // a leftover directory in the temporary folder harms nothing
                    }
                }
            }));
            String candidate = "redis://127.0.0.1:" + port;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                try (Jedis jedis = new Jedis(java.net.URI.create(candidate))) {
                    jedis.ping();
                    url = candidate;
                    return;
                } catch (RuntimeException notYet) {
                    if (!server.isAlive()) {
                        break;
                    }
                    Thread.sleep(100);
                }
            }
            server.destroy();
            unavailable = "redis-server did not answer (log in " + dir + ")";
        } catch (IOException e) {
            unavailable = "cannot start redis-server: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable = "interrupted while starting redis-server";
        }
    }
}
