package dev.coroner.report;

/** The wording every human-readable output shares (reports, diffs, the CLI's printers), so they say it alike. */
public final class Words {

    private Words() {
    }

    /** "1 finding", "2 findings", "0 sessions": a count and an English noun that takes an s. */
    public static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
