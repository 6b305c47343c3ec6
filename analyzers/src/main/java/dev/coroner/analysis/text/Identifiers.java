package dev.coroner.analysis.text;

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

    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![\\w-])");
    /**
     * A phone number: North American groups (415 555 0142, with or without +1 and parentheses), an
     * international number written whole (+34622481907), or in the groups other countries print after
     * the country code (+34 622 481 907, +33 6 12 34 56 78, +49 30 1234567); ten digits or more.
     */
    static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}(?!\\w)|(?<![\\w+])\\+\\d{10,14}(?!\\w)"
                    // ten to fifteen digits in all (E.164), checked ahead so that the guard can count them
                    + "|(?<![\\w+])\\+(?=(?:\\d[ .-]?){9,14}\\d(?![\\w]|[.,]\\d))\\d{1,3}(?:[ .-]\\d{1,5}){2,6}(?![\\w]|[.,]\\d)");
    /**
     * ORD-88231, ACCT1234567, INV_20931, ECH-2024-2291, CX7781-0452-FR, RB-4471-KX: a short upper-case
     * prefix and at least four digits (then more groups of digits, as prefix-year-number ids write them,
     * or of two to four upper-case letters, as a country or check suffix); or one letter and at least six
     * digits (A123456780: insurance, tax and membership numbers).
     */
    static final Pattern PREFIXED_ID = Pattern.compile(
            "(?<![\\w-])(?:[A-Z]{2,6}[-_]?\\d{4,}(?:[-_/](?:\\d{2,}|[A-Z]{2,4}))*|[A-Z]\\d{6,})(?![\\w-])");
    /** cus_9f8a7b6c2d, acct_1Nf83kd9: a lower-case prefix, an underscore and an alphanumeric body. */
    static final Pattern KEYED_ID = Pattern.compile("(?<![\\w-])[a-z]{2,8}_[A-Za-z0-9]{6,}(?![\\w-])");
    /** An IBAN (ISO 13616) as printed or in groups of four; accepted only when its check digits hold. */
    static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");
    /**
     * 532 118 904 00027, 4111 1111 1111 1111: digit groups written with single spaces, as registration,
     * card and file numbers are printed; an identifier when the groups are not a number's thousands
     * ({@link #spacedId}).
     */
    static final Pattern SPACED_DIGITS = Pattern.compile("(?<![\\w.,+-])\\d{2,5}(?: \\d{2,5}){2,5}(?![\\w]|[.,]\\d)");
    static final Pattern TOKEN = Pattern.compile("(?<![\\w-])[A-Za-z0-9_-]{20,}(?![\\w-])");

    /** Minimum Shannon entropy, bits per character, for a long token to count as an identifier. */
    public static final double TOKEN_MIN_ENTROPY = 3.5;

    private Identifiers() {
    }

    /** Identifiers in the text, each value once, in order of first appearance. */
    public static List<Found> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(TextMemo.of(Identifiers.class, text, Identifiers::scan));
    }

    private static List<Found> scan(String text) {
        Set<String> seen = new LinkedHashSet<>();
        java.util.BitSet taken = new java.util.BitSet(text.length()); // phones and IBANs: not read again
        List<Found> out = new ArrayList<>();
        // Each expression runs only where the text can hold a match (see the guards below).
        if (mayHoldEmail(text)) {
            Matcher m = EMAIL.matcher(text);
            while (m.find()) {
                add(out, seen, Kind.EMAIL, m.group().toLowerCase(Locale.ROOT), m.group());
            }
        }
        if (mayHoldPhone(text)) {
            Matcher m = PHONE.matcher(text);
            while (m.find()) {
                String digits = m.group().replaceAll("[^0-9+]", "");
                int count = digits.replace("+", "").length();
                if (count >= 10 && count <= 15) {
                    add(out, seen, Kind.PHONE, digits, m.group());
                    taken.set(m.start(), m.end());
                }
            }
        }
        if (mayHoldIban(text)) {
            Matcher m = IBAN.matcher(text);
            while (m.find()) {
                String compact = m.group().replace(" ", "");
                if (compact.length() >= 15 && compact.length() <= 34 && (ibanChecksum(compact) || ibanShape(compact))) {
                    add(out, seen, Kind.IBAN, compact, m.group());
                    taken.set(m.start(), m.end());
                }
            }
        }
        if (mayHoldPrefixedId(text)) {
            Matcher m = PREFIXED_ID.matcher(text);
            while (m.find()) {
                add(out, seen, Kind.ACCOUNT_ID, m.group().toUpperCase(Locale.ROOT), m.group());
            }
        }
        if (mayHoldSpacedDigits(text)) {
            Matcher m = SPACED_DIGITS.matcher(text);
            while (m.find()) {
                if (spacedId(m.group()) && taken.get(m.start(), m.end()).isEmpty()) {
                    add(out, seen, Kind.ACCOUNT_ID, m.group().replace(" ", ""), m.group());
                }
            }
        }
        if (mayHoldKeyedId(text)) {
            Matcher m = KEYED_ID.matcher(text);
            while (m.find()) {
                if (countDigits(m.group()) >= 2) {
                    add(out, seen, Kind.ACCOUNT_ID, m.group(), m.group());
                }
            }
        }
        if (mayHoldToken(text)) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                String token = m.group();
                if (countDigits(token) > 0 && countLetters(token) > 0 && entropy(token) >= TOKEN_MIN_ENTROPY
                        && !seen.contains(token)) {
                    add(out, seen, Kind.TOKEN, token, token);
                }
            }
        }
        return List.copyOf(out);
    }

    // Necessary conditions of the expressions above (Skim): a text that fails one holds no match of it.

    /** {@link #EMAIL} has an {@code @}. */
    static boolean mayHoldEmail(String text) {
        return text.indexOf('@') >= 0;
    }

    /** {@link #PHONE} has ten digits or more (3 + 3 + 4, or a plus and ten to fourteen digits). */
    static boolean mayHoldPhone(String text) {
        return Skim.count(text, Skim.DIGIT) >= 10;
    }

    /** {@link #IBAN} starts with two upper-case letters and two digits. */
    static boolean mayHoldIban(String text) {
        return Skim.hasRun(text, Skim.UPPER, Skim.UPPER, Skim.DIGIT, Skim.DIGIT);
    }

    /** {@link #PREFIXED_ID}: an upper-case letter, perhaps a {@code -} or {@code _}, then a digit. */
    static boolean mayHoldPrefixedId(String text) {
        return Skim.hasRun(text, Skim.UPPER, Skim.DIGIT) || Skim.hasRun(text, Skim.UPPER, UNDERSCORE_OR_HYPHEN, Skim.DIGIT);
    }

    /** {@link #SPACED_DIGITS}: a digit, a space, a digit. */
    static boolean mayHoldSpacedDigits(String text) {
        return Skim.hasRun(text, Skim.DIGIT, SPACE_CHAR, Skim.DIGIT);
    }

    /** {@link #KEYED_ID}: a letter, an underscore, a letter or digit. */
    static boolean mayHoldKeyedId(String text) {
        return Skim.hasRun(text, Skim.LETTER, UNDERSCORE, Skim.ALNUM);
    }

    /** {@link #TOKEN}: twenty letters, digits, underscores or hyphens in a row. */
    static boolean mayHoldToken(String text) {
        return Skim.longestRun(text, TOKEN_CHAR) >= 20;
    }

    private static final Skim.CharClass UNDERSCORE_OR_HYPHEN = Skim.anyOf("-_");
    private static final Skim.CharClass UNDERSCORE = Skim.anyOf("_");
    private static final Skim.CharClass SPACE_CHAR = Skim.anyOf(" ");
    private static final Skim.CharClass TOKEN_CHAR = c -> Skim.ALNUM.test(c) || c == '_' || c == '-';

    /**
     * True when space-separated digit groups are a printed identifier rather than a number or a list of
     * small numbers: 9 to 19 digits, a group of three digits or more, and not a number's thousands
     * grouping (1 to 3 digits, then groups of exactly three: "1 234 567" is a number).
     */
    static boolean spacedId(String written) {
        String[] groups = written.split(" ");
        int digits = written.length() - groups.length + 1;
        if (digits < 9 || digits > 19 || java.util.Arrays.stream(groups).noneMatch(g -> g.length() >= 3)) {
            return false;
        }
        boolean thousands = groups[0].length() <= 3;
        for (int i = 1; i < groups.length; i++) {
            thousands &= groups[i].length() == 3;
        }
        return !thousands;
    }

    /** The length of an IBAN in each country of the ISO 13616 registry. */
    private static final java.util.Map<String, Integer> IBAN_LENGTHS = ibanLengths(
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24"
                    + " FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28"
                    + " LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24"
                    + " RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20");

    private static java.util.Map<String, Integer> ibanLengths(String table) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (String entry : table.split(" ")) {
            out.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * True when the text has an IBAN's shape for its country: the registry's length, and digits only
     * after the country code where every IBAN of that length has them. Account numbers copied by hand
     * (or made up for a test) often have wrong check digits and are still someone's account.
     */
    static boolean ibanShape(String iban) {
        Integer length = IBAN_LENGTHS.get(iban.substring(0, 2));
        return length != null && length == iban.length() && iban.substring(2, 4).chars().allMatch(Character::isDigit)
                && iban.substring(4).chars().filter(Character::isDigit).count() >= (iban.length() - 4) / 2;
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
    public static double entropy(String s) {
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
