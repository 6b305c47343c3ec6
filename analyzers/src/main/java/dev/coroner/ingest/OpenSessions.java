package dev.coroner.ingest;

import dev.coroner.trace.SessionBuilder;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sessions an importer of interleaved records is still adding to, and what it has read for each:
 * when they hold more than a limit, the one touched longest ago is handed to the loader as completed
 * ({@link ImportContext#completed}), which builds it and stores it within the memory budget. A session
 * named again later is continued from what was stored ({@link ImportContext#session}), so the session
 * built in the end is the one a builder kept open throughout would have built; what changes is that an
 * input of many sessions one after the other holds one open session at a time instead of all of them.
 *
 * <p>Not thread-safe: one importer, one input.
 */
public final class OpenSessions {

    /** Share of the memory budget that the records of open sessions may take. */
    static final int BUDGET_SHARE = 8;

    private final ImportContext context;
    private final long limit;
    /** Open sessions by id, the one touched longest ago first. */
    private final LinkedHashMap<String, Open> open = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    private static final class Open {
        private final SessionBuilder builder;
        private long chars;

        Open(SessionBuilder builder) {
            this.builder = builder;
        }
    }

    /** Open sessions of one input, bounded by a share of the context's memory budget. */
    public OpenSessions(ImportContext context) {
        this(context, context.spanBudget() == Long.MAX_VALUE ? Long.MAX_VALUE : context.spanBudget() / BUDGET_SHARE);
    }

    /** Open sessions of one input, holding at most {@code limit} characters of records (beyond the newest). */
    OpenSessions(ImportContext context, long limit) {
        this.context = context;
        this.limit = limit;
    }

    /**
     * Notes that a record of {@code chars} characters went into the session's builder; then completes
     * the sessions touched longest ago while the open ones hold more than the limit (never the one
     * just touched).
     */
    public void touched(SessionBuilder builder, long chars) {
        if (limit == Long.MAX_VALUE) {
            return; // nothing is ever completed: no need to count
        }
        Open entry = open.get(builder.id());
        if (entry == null || entry.builder != builder) {
            if (entry != null) {
                held -= entry.chars; // completed by the loader meanwhile and continued in a new builder
            }
            entry = new Open(builder);
            open.put(builder.id(), entry);
        }
        entry.chars += chars;
        held += chars;
        Iterator<Map.Entry<String, Open>> eldest = open.entrySet().iterator();
        while (held > limit && open.size() > 1) {
            Open done = eldest.next().getValue();
            eldest.remove();
            held -= done.chars;
            context.completed(done.builder);
        }
    }

    /** How many sessions are open. */
    int size() {
        return open.size();
    }
}
