package dev.coroner.analysis.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The principals (and prompt owners) of one cross-session index as {@code int} ids, 0, 1, 2, … in the
 * order they are first met: a set of principals is then a set of small ints, which a compressed bitmap
 * holds in a bit or two a member where a word every session shares has hundreds of thousands. Each id
 * is found by the hash of its name in an open-addressed {@code int[]} of ids (four bytes a slot, at
 * most two thirds full) and confirmed against the name, so two names of one hash are two ids.
 *
 * <p>The prompt owner of a session without a principal ({@code "session:" + id}) is kept as the session
 * id alone, the string the run's session map already holds; a principal of that very name gets the same
 * id, as it compared equal to it when prompt owners were strings.
 */
final class PrincipalIds {
    private static final String PREFIX = CrossSessionIndex.SessionPrompt.PREFIX;
    private static final int EMPTY = -1;

    private final ToLongFunction<String> hash;
    /** The name of each id, or for a session prompt owner its session id. */
    private final List<String> names = new ArrayList<>();
    private final BitSet sessionOwner = new BitSet();
    /** Ids of names that do not start with {@link #PREFIX}, by the hash of the name. */
    private int[] named = empty(16);
    private int namedSize;
    /** Ids of session prompt owners, by the hash of the session id. */
    private int[] sessions = empty(16);
    private int sessionsSize;

    PrincipalIds(ToLongFunction<String> hash) {
        this.hash = hash;
    }

    /** The id of a name, given one if it has none yet. */
    int id(String name) {
        if (name.startsWith(PREFIX)) {
            return sessionId(name.substring(PREFIX.length()));
        }
        int found = find(named, name);
        if (found >= 0) {
            return found;
        }
        int id = add(name, false);
        if (++namedSize * 3 > named.length * 2) {
            named = grown(named);
        }
        place(named, name, id);
        return id;
    }

    /** The id of the prompt owner of the session of this id without a principal, given one if it has none yet. */
    int sessionId(String sessionId) {
        int found = find(sessions, sessionId);
        if (found >= 0) {
            return found;
        }
        int id = add(sessionId, true);
        if (++sessionsSize * 3 > sessions.length * 2) {
            sessions = grown(sessions);
        }
        place(sessions, sessionId, id);
        return id;
    }

    /** The id of a name, or -1 when it has none. */
    int find(String name) {
        return name.startsWith(PREFIX) ? find(sessions, name.substring(PREFIX.length())) : find(named, name);
    }

    /** The id here of the owner that is {@code id} in {@code other}. */
    int copy(PrincipalIds other, int id) {
        return other.sessionOwner.get(id) ? sessionId(other.names.get(id)) : id(other.names.get(id));
    }

    String name(int id) {
        return sessionOwner.get(id) ? PREFIX + names.get(id) : names.get(id);
    }

    private int add(String key, boolean session) {
        int id = names.size();
        names.add(key);
        if (session) {
            sessionOwner.set(id);
        }
        return id;
    }

    /** The id in {@code table} whose key (name or session id) is {@code key}, or -1. */
    private int find(int[] table, String key) {
        int mask = table.length - 1;
        for (int i = slot(key, mask); table[i] != EMPTY; i = (i + 1) & mask) {
            if (names.get(table[i]).equals(key)) {
                return table[i];
            }
        }
        return EMPTY;
    }

    private void place(int[] table, String key, int id) {
        int mask = table.length - 1;
        int i = slot(key, mask);
        while (table[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        table[i] = id;
    }

    private int[] grown(int[] table) {
        int[] out = empty(table.length * 2);
        for (int id : table) {
            if (id != EMPTY) {
                place(out, names.get(id), id);
            }
        }
        return out;
    }

    private int slot(String key, int mask) {
        long h = hash.applyAsLong(key) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static int[] empty(int length) {
        int[] out = new int[length];
        Arrays.fill(out, EMPTY);
        return out;
    }
}
