package dev.coroner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds distinctive identifiers in text: e-mail addresses, phone numbers, order / account-like
 * ids and long high-entropy tokens. Values are normalised so that the same identifier written
 * two ways (case, phone punctuation) is one value.
 */
public final class Identifiers {

    /** Kinds of identifier, as named in findings. */
    public enum Kind {
        EMAIL("e-mail address"), PHONE("phone number"), IBAN("IBAN"), ACCOUNT_ID("account / order id"),
        TOKEN("high-entropy token");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** True for identifiers of a person: an e-mail address, a phone number, a bank account. */
        public boolean personal() {
            return this == EMAIL || this == PHONE || this == IBAN;
        }
    }

    /** One identifier found in a text. */
    public record Found(Kind kind, String value, String asWritten) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![\\w-])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}(?!\\w)|(?<![\\w+])\\+\\d{10,14}(?!\\w)");
    /**
     * ORD-88231, ACCT1234567, INV_20931: a short upper-case prefix and at least four digits; or one
     * letter and at least six digits (A123456780: insurance, tax and membership numbers).
     */
    private static final Pattern PREFIXED_ID = Pattern.compile(
            "(?<![\\w-])(?:[A-Z]{2,6}[-_]?\\d{4,}|[A-Z]\\d{6,})(?![\\w-])");
    /** cus_9f8a7b6c2d, acct_1Nf83kd9: a lower-case prefix, an underscore and an alphanumeric body. */
    private static final Pattern KEYED_ID = Pattern.compile("(?<![\\w-])[a-z]{2,8}_[A-Za-z0-9]{6,}(?![\\w-])");
    /** An IBAN (ISO 13616) as printed or in groups of four; accepted only when its check digits hold. */
    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w-])[A-Za-z0-9_-]{20,}(?![\\w-])");

    /** Minimum Shannon entropy, bits per character, for a long token to count as an identifier. */
    static final double TOKEN_MIN_ENTROPY = 3.5;

    private Identifiers() {
    }

    /** Identifiers in the text, each value once, in order of first appearance. */
    public static List<Found> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Found> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            add(out, seen, Kind.EMAIL, m.group().toLowerCase(Locale.ROOT), m.group());
        }
        m = PHONE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9+]", "");
            if (digits.replace("+", "").length() >= 10) {
                add(out, seen, Kind.PHONE, digits, m.group());
            }
        }
        m = IBAN.matcher(text);
        while (m.find()) {
            String compact = m.group().replace(" ", "");
            if (compact.length() >= 15 && compact.length() <= 34 && ibanChecksum(compact)) {
                add(out, seen, Kind.IBAN, compact, m.group());
            }
        }
        m = PREFIXED_ID.matcher(text);
        while (m.find()) {
            add(out, seen, Kind.ACCOUNT_ID, m.group().toUpperCase(Locale.ROOT), m.group());
        }
        m = KEYED_ID.matcher(text);
        while (m.find()) {
            if (countDigits(m.group()) >= 2) {
                add(out, seen, Kind.ACCOUNT_ID, m.group(), m.group());
            }
        }
        m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (countDigits(token) > 0 && countLetters(token) > 0 && entropy(token) >= TOKEN_MIN_ENTROPY
                    && !seen.contains(token)) {
                add(out, seen, Kind.TOKEN, token, token);
            }
        }
        return out;
    }

    /** ISO 7064 MOD 97-10 over the IBAN with its first four characters moved to the end. */
    static boolean ibanChecksum(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int v = Character.digit(rearranged.charAt(i), 36);
            if (v < 0) {
                return false;
            }
            remainder = v < 10 ? (remainder * 10 + v) % 97 : (remainder * 100 + v) % 97;
        }
        return remainder == 1;
    }

    private static void add(List<Found> out, Set<String> seen, Kind kind, String value, String asWritten) {
        if (seen.add(value)) {
            out.add(new Found(kind, value, asWritten));
        }
    }

    private static int countDigits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }

    private static int countLetters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String s) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / s.length();
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = (double) other / s.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }
}
