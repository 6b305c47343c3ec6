package dev.coroner.checks.retrieval;

import dev.coroner.finding.Heuristic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares an owner value from item metadata with a session's principal. Principals are often
 * composite ("tenant-acme/user-42"), so both sides are split into segments at '/' and '|'. A value
 * names the session's own principal when a segment equals a segment of the principal, or one ends
 * with the other after a separator ("42" and "user-42", "acme" and "tenant-acme"). A value that does
 * not is someone else's only when it can be compared at all: it is another principal of the run (or a
 * segment of one), or it is written like the principal — the same leading word before a separator
 * (user-99 / user-42, tenant-globex / tenant-acme), both numbers, both e-mail addresses or both UUIDs.
 */
final class Owners {

    static final Heuristic.Phrases NOBODY = new Heuristic.Phrases("nobody",
            "Owner values that mark an item as shared rather than owned (any case).",
            List.of("shared", "public", "global", "all", "any", "*", "none", "null", "system", "default", "anonymous",
                    "everyone", "n/a", "-"));

    static final Heuristic.Regex SEGMENT = new Heuristic.Regex("segment",
            "Where a composite principal (\"tenant-acme/user-42\") is split into the segments compared.",
            Pattern.compile("[/|]"));

    static final Heuristic.Phrases SEPARATORS = new Heuristic.Phrases("separators",
            "Characters after which one segment may end with another (\"42\" names \"user-42\") and before "
                    + "which a leading word is read (\"user\" of \"user-42\").",
            List.of("-", "_", ":", ".", "@", "/", "|"));

    static final Heuristic.Regex NUMBER = new Heuristic.Regex("number",
            "Two values written as numbers are written like each other.",
            Pattern.compile("\\d+"));

    static final Heuristic.Regex EMAIL = new Heuristic.Regex("email",
            "Two values written as e-mail addresses are written like each other.",
            Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}"));

    static final Heuristic.Regex UUID = new Heuristic.Regex("uuid",
            "Two values written as UUIDs are written like each other.",
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));

    private Owners() {
    }

    /** A value that marks an item as shared rather than owned. */
    static boolean isNobodys(String value) {
        return NOBODY.phrases().contains(value.toLowerCase(Locale.ROOT));
    }

    /** True when the value names the principal (or a part of it, such as its tenant). */
    static boolean namesOwn(String value, String principal) {
        for (String v : segments(value)) {
            for (String p : segments(principal)) {
                if (v.equals(p) || endsAfterSeparator(v, p) || endsAfterSeparator(p, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first (in sorted order) other principal of the run that the value names, if any. */
    static Optional<String> runPrincipalNamed(String value, String principal, Set<String> runPrincipals) {
        return runPrincipals.stream().filter(other -> !other.equals(principal) && namesOwn(value, other)).sorted()
                .findFirst();
    }

    /** True when a value that does not name the principal clearly names another one. */
    static boolean isAnotherPrincipal(String value, String principal, Set<String> runPrincipals) {
        if (runPrincipalNamed(value, principal, runPrincipals).isPresent()) {
            return true;
        }
        for (String v : segments(value)) {
            for (String p : segments(principal)) {
                if (sameShape(v, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT).strip();
        out.add(lower);
        for (String part : SEGMENT.pattern().split(lower)) {
            if (!part.isBlank() && !part.equals(lower)) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static boolean endsAfterSeparator(String longer, String shorter) {
        return longer.length() > shorter.length() + 1 && longer.endsWith(shorter)
                && isSeparator(longer.charAt(longer.length() - shorter.length() - 1));
    }

    private static boolean sameShape(String a, String b) {
        if (bothMatch(NUMBER, a, b) || bothMatch(EMAIL, a, b) || bothMatch(UUID, a, b)) {
            return true;
        }
        String lead = leadingWord(a);
        return !lead.isEmpty() && lead.equals(leadingWord(b));
    }

    private static boolean bothMatch(Heuristic.Regex shape, String a, String b) {
        return shape.pattern().matcher(a).matches() && shape.pattern().matcher(b).matches();
    }

    private static boolean isSeparator(char c) {
        return SEPARATORS.phrases().contains(String.valueOf(c));
    }

    /** The word before the first separator, when something follows it: "user" of "user-42". */
    private static String leadingWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSeparator(s.charAt(i))) {
                return i > 0 && i < s.length() - 1 ? s.substring(0, i) : "";
            }
        }
        return "";
    }
}
