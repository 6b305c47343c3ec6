package dev.coroner.ingest;

import java.util.regex.Pattern;

/**
 * How database URLs given as inputs are shown: passwords masked. Which arguments are URLs is the
 * {@link FormatRegistry}'s to say, from its {@link DatabaseImporter}s.
 */
public final class DatabaseUrls {

    private static final Pattern USERINFO_PASSWORD = Pattern.compile("^([a-z:]+//[^:/@?#]*):[^@/?#]*@");
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)([?&]password=)[^&#]*");

    private DatabaseUrls() {
    }

    /** The URL with any password replaced by {@code ***}, for reports and messages. */
    public static String redact(String url) {
        String masked = USERINFO_PASSWORD.matcher(url).replaceFirst("$1:***@");
        return PARAM_PASSWORD.matcher(masked).replaceAll("$1***");
    }
}
