package dev.coroner.report;

import dev.coroner.analysis.SessionResult;
import java.util.List;
import java.util.function.Function;

/**
 * Where each session's items (findings, suppressed findings) sit in a list kept in
 * {@link dev.coroner.finding.Finding#ORDER}: one pass over the sessions and the list side by side,
 * two ints a session, so a report that goes session by session reads each item once instead of
 * searching the whole list per session. When the sessions or the items are not in id order it
 * searches, as a map would, and gives the same lists.
 */
public final class SessionRanges<T> {

    private final List<T> items;
    private final Function<T, String> sessionOf;
    private final int[] start;
    private final int[] end;
    private final boolean ordered;

    private SessionRanges(List<T> items, Function<T, String> sessionOf, int[] start, int[] end, boolean ordered) {
        this.items = items;
        this.sessionOf = sessionOf;
        this.start = start;
        this.end = end;
        this.ordered = ordered;
    }

    /** The ranges of the items of each of {@code sessions}, by the session id each item names. */
    public static <T> SessionRanges<T> of(List<SessionResult> sessions, List<T> items, Function<T, String> sessionOf) {
        int[] start = new int[sessions.size()];
        int[] end = new int[sessions.size()];
        int j = 0;
        String item = items.isEmpty() ? null : sessionOf.apply(items.get(0));
        String previous = null;
        for (int i = 0; i < sessions.size(); i++) {
            String id = sessions.get(i).id();
            if (previous != null && id.compareTo(previous) <= 0) {
                return new SessionRanges<>(items, sessionOf, start, end, false);
            }
            previous = id;
            while (item != null && item.compareTo(id) < 0) {
                String following = ++j < items.size() ? sessionOf.apply(items.get(j)) : null;
                if (following != null && following.compareTo(item) < 0) {
                    return new SessionRanges<>(items, sessionOf, start, end, false);
                }
                item = following;
            }
            start[i] = j;
            while (item != null && item.equals(id)) {
                item = ++j < items.size() ? sessionOf.apply(items.get(j)) : null;
            }
            end[i] = j;
            if (item != null && item.compareTo(id) < 0) {
                return new SessionRanges<>(items, sessionOf, start, end, false);
            }
        }
        return new SessionRanges<>(items, sessionOf, start, end, true);
    }

    /** The items of the session at {@code index} of the sessions given, in list order. */
    public List<T> of(int index, String sessionId) {
        if (ordered) {
            return items.subList(start[index], end[index]);
        }
        return items.stream().filter(t -> sessionOf.apply(t).equals(sessionId)).toList();
    }
}
