package dev.coroner.ingest;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to helper threads, with what failed there thrown here as it was thrown. */
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
}
