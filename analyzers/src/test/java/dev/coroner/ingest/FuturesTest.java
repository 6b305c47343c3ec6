package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void joinGivesTheResultAndRethrowsWhatTheTaskThrew() {
        ExecutorService pool = Executors.newSingleThreadExecutor(Futures.helpers("coroner-test"));
        try {
            assertEquals(42, Futures.join(pool.submit(() -> 42), "test"));
            IllegalArgumentException thrown = new IllegalArgumentException("bad record");
            Future<Object> failing = pool.submit(() -> {
                throw thrown;
            });
            assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> Futures.join(failing, "test")));
            Future<Object> checked = pool.submit(() -> {
                throw new IOException("disk");
            });
            IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> Futures.join(checked, "test"));
            assertTrue(wrapped.getCause() instanceof IOException);
            Future<Object> error = CompletableFuture.failedFuture(new StackOverflowError("deep"));
            assertThrows(StackOverflowError.class, () -> Futures.join(error, "test"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHelperOutOfMemoryPrintsNothingAndOtherErrorsArePrinted() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Thread oom = Futures.helpers("coroner-parse").newThread(() -> {
                throw new OutOfMemoryError("Java heap space");
            });
            oom.start();
            oom.join();
            assertEquals("", captured.toString(StandardCharsets.UTF_8));
            Thread bug = Futures.helpers("coroner-parse").newThread(() -> {
                throw new IllegalStateException("a bug");
            });
            assertTrue(bug.isDaemon());
            bug.start();
            bug.join();
            String printed = captured.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("coroner-parse") && printed.contains("a bug"), printed);
        } finally {
            System.setErr(err);
        }
    }
}
