package dev.coroner.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Database URLs given as inputs: which arguments are URLs, and how they are shown (passwords masked). */
public final class DatabaseUrls {

    private static final Pattern USERINFO_PASSWORD = Pattern.compile("^([a-z:]+//[^:/@?#]*):[^@/?#]*@");
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)([?&]password=)[^&#]*");

    private DatabaseUrls() {
    }

    /**
     * True for {@code postgresql://…}, {@code postgres://…}, {@code jdbc:postgresql:…} and Redis
     * ({@code redis://…}, {@code rediss://…}).
     */
    public static boolean isDatabaseUrl(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql:") || isRedisUrl(argument);
    }

    /** True for {@code redis://…} and {@code rediss://…} (TLS). */
    public static boolean isRedisUrl(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("redis://") || lower.startsWith("rediss://");
    }

    /** The URL with any password replaced by {@code ***}, for reports and messages. */
    public static String redact(String url) {
        String masked = USERINFO_PASSWORD.matcher(url).replaceFirst("$1:***@");
        return PARAM_PASSWORD.matcher(masked).replaceAll("$1***");
    }
}
