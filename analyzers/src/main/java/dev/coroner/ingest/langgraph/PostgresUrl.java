package dev.coroner.ingest.langgraph;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A PostgreSQL URL as users write it ({@code postgresql://user:password@host:port/db?sslmode=require},
 * the libpq form, or {@code jdbc:postgresql://…}) turned into what the JDBC driver takes: a JDBC
 * URL without credentials, and the user and password as connection properties.
 *
 * @param jdbcUrl    {@code jdbc:postgresql://host:port/db?params}
 * @param properties user and password, when the URL had them
 */
record PostgresUrl(String jdbcUrl, Properties properties) {

    /** True for {@code postgresql://…}, {@code postgres://…} and {@code jdbc:postgresql:…}, in any case. */
    static boolean isPostgresUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.startsWith("jdbc:postgresql:");
    }

    static PostgresUrl parse(String url) {
        Properties properties = new Properties();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new PostgresUrl(url, properties);
        }
        String rest = url.substring(url.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userInfo.indexOf(':');
            properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                properties.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        int slash = rest.indexOf('/');
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        List<String> params = new ArrayList<>();
        for (String param : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
            String value = param.contains("=") ? decode(param.substring(param.indexOf('=') + 1)) : "";
            if (name.equals("user") || name.equals("password")) {
                properties.setProperty(name, value);
            } else {
                params.add(param);
            }
        }
        String jdbc = "jdbc:postgresql://" + (hosts.isEmpty() ? "localhost" : hosts) + "/" + database
                + (params.isEmpty() ? "" : "?" + String.join("&", params));
        return new PostgresUrl(jdbc, properties);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
