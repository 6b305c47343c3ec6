package dev.coroner.ingest;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Helper threads, and waiting for the work handed to them with what failed there thrown here as it
 * was thrown.
 */
public final class Futures {

    private Futures() {
    }

    /**
     * The task's result, once it is done: a runtime exception or an error the task threw is thrown
     * as it is, a checked one wrapped.
     *
     * @param interrupted what was going on, for the message when this thread is interrupted
     */
    public static <T> T join(Future<T> future, String interrupted) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted, e);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        }
    }

    /** What a task threw, to be thrown again: a runtime exception or an error as it is, a checked one wrapped. */
    public static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /**
     * Daemon threads of the given name for a pool of helpers. A helper that runs out of memory outside
     * a task (where no {@link Future} takes the error to the waiting thread) prints nothing: the
     * command, which runs out of memory too, says so in one line, never with a helper's stack trace.
     * Anything else a helper throws is printed as the JVM prints it.
     */
    public static ThreadFactory helpers(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> {
                if (!(e instanceof OutOfMemoryError)) {
                    t.getThreadGroup().uncaughtException(t, e);
                }
            });
            return thread;
        };
    }
}
