package dev.coroner.analysis.provenance;

import dev.coroner.analysis.text.Identifiers;
import dev.coroner.analysis.text.Skim;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts written in a text and normalises them, so that the same fact written two ways is
 * one fact: numbers in either decimal convention ("1.234,50" and "1,234.50"), currencies as symbols,
 * codes or words, units in several languages ("3 days", "3 Tage", "3 días"), dates in ISO, numeric
 * and month-name forms, identifiers in any case and with look-alike characters folded (O/0, I/l/1).
 * Identifiers are read first, then dates, then amounts and quantities, then bare numbers; a later
 * kind never re-reads characters an earlier one took.
 */
public final class ValueExtractor {

    /** Currency spellings and the code they stand for. */
    static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("r$", "BRL"), Map.entry("a$", "AUD"), Map.entry("c$", "CAD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("usd", "USD"), Map.entry("eur", "EUR"),
            Map.entry("gbp", "GBP"), Map.entry("chf", "CHF"), Map.entry("jpy", "JPY"), Map.entry("cad", "CAD"),
            Map.entry("aud", "AUD"), Map.entry("inr", "INR"), Map.entry("sek", "SEK"), Map.entry("nok", "NOK"),
            Map.entry("dkk", "DKK"), Map.entry("pln", "PLN"), Map.entry("brl", "BRL"), Map.entry("mxn", "MXN"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("francs", "CHF"), Map.entry("franken", "CHF"), Map.entry("fr.", "CHF"), Map.entry("円", "JPY"));

    /**
     * Unit spellings (English, German, French, Spanish, Italian, Portuguese, Dutch) and their canonical
     * unit: the one vocabulary of units, for numbers in text and for the units field names and unit
     * fields declare ({@link #unit}).
     */
    static final Map<String, String> UNITS = units();
    /** The binary suffixes of a Kubernetes resource quantity, case-sensitive. */
    private static final java.util.Set<String> KUBERNETES_SIZE = java.util.Set.of("Ki", "Mi", "Gi", "Ti");

    private static final String NUM = "(?:\\d{1,3}(?: \\d{3})+[.,]\\d{1,2}(?!\\d)|\\d{1,3}(?:[.,\\u00a0\\u202f']\\d{3})+(?:[.,]\\d{1,4})?|\\d+(?:[.,]\\d+)?)";
    private static final String CURRENCY_BEFORE = "(?:US\\$|R\\$|A\\$|C\\$|[$€£¥₹]|(?i:USD|EUR|GBP|CHF|JPY|CAD|AUD|INR|SEK|NOK|DKK|PLN|BRL|MXN)(?![\\p{L}]))";
    // 円 (yen) follows the number with no space, and Japanese text runs on after it.
    private static final String CURRENCY_AFTER = "(?:[$€£¥₹円]|(?i:USD|EUR|GBP|CHF|JPY|CAD|AUD|INR|SEK|NOK|DKK|PLN|BRL|MXN"
            + "|dollars?|euros?|pounds?|francs|franken)(?![\\p{L}]))";
    // Before a unit or a currency, thousands may be grouped with plain spaces and no decimals ("5 280 lb",
    // "12 000 km", "68 000 €"), as French and Scandinavian texts write them; a bare number never is (two
    // numbers in a row).
    private static final String QUANTITY_NUM = "(?:\\d{1,3}(?: \\d{3})+(?![\\d.,])|" + NUM + ")";
    static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]])(?:(" + CURRENCY_BEFORE + ")\\s?(-?" + NUM + ")|(-?" + QUANTITY_NUM + ")\\s?(" + CURRENCY_AFTER + "))");
    /**
     * Units written in Japanese and Chinese, which follow the number with no space and no word break (and
     * a kana or a Han character may stand right before the number: "から90分").
     */
    private static final String CJK_UNIT = "ミリ秒|秒間?|分間?|分钟|時間|小时|日間|週間|[ヶか]月|年間|天";
    static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]])(" + QUANTITY_NUM + ")(?:\\s?-\\s?|\\s)?(?:(?i:business|working|calendar|banking|full|"
                    + "consecutive)\\s)?(%|°\\s?[CcFf]\\b|" + CJK_UNIT + "|[mM][3³]|[\\p{L}]+\\.?)(?![\\p{N}])");
    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,_-])-?" + NUM + "(?![\\p{N}]|[.,]\\d)");
    static final Pattern GENERIC_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}_#-])(?=[A-Za-z0-9_#-]*\\d)(?=[A-Za-z0-9_#-]*[A-Za-z])"
                    + "(?:[A-Za-z0-9]+(?:[-_#][A-Za-z0-9]+)+|[A-Za-z]{1,6}\\d{3,}[A-Za-z0-9]*|\\d{2,}[A-Za-z]{1,4}\\d+[A-Za-z0-9]*)"
                    + "(?![\\p{L}\\p{N}_#-])");
    /** Digit groups joined by hyphens ("4711-0832", "030-2291-7", "2024-0918"): an id when {@link #digitId} says so. */
    static final Pattern DIGIT_GROUPS = Pattern.compile(
            "(?<![\\p{L}\\p{N}_#.,/-])\\d{2,}(?:-\\d{2,})+(?![\\p{L}\\p{N}_#/-]|[.,]\\d)");
    static final Pattern UUID = Pattern.compile(
            "(?i)(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])");
    /**
     * A time of day: 07:00, 7h30, 14h05, 07:45 PM, and the end of a range of them ("15:00-18:00",
     * "10h-11h40"); not inside an ISO date-time, which is a date, nor its offset ("+01:00").
     */
    static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?:(?<![\\dT:.,+-])|(?<=\\d[:hH]\\d\\d\\s?-\\s?|\\d[hH]\\s?-\\s?))([01]?\\d|2[0-3])(?::|h|H)([0-5]\\d)"
                    // a 12-hour clock's half of the day: "07:45 PM", "7:45 p.m."
                    + "(?:\\s?([AaPp])\\.?[Mm]\\b\\.?)?"
                    + "(?![\\d:]|\\.\\d)");
    /** The hours and minutes of an ISO date-time. */
    private static final Pattern ISO_TIME = Pattern.compile("[T ]([01]\\d|2[0-3]):([0-5]\\d)");
    /**
     * An ISO date, with its time: "T" and a time with an optional offset, or a space and a time with
     * seconds and an optional offset, or a space and hours and minutes ("2026-12-03 15:00-18:00" is a
     * date, a time and the end of a range, not an offset of -18:00).
     */
    static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?|\\s\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)(?:Z|[+-]\\d{2}:?\\d{2})?"
            + "|\\s\\d{2}:\\d{2}|T\\d{2})?(?!\\d)");
    static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final String MONTH = "(?i:jan(?:uary|uar|vier|eiro)?|ene(?:ro)?|gen(?:naio)?|feb(?:ruary|ruar|rero|braio)?|f[ée]v(?:rier|ereiro)?"
            + "|m[aä]r(?:ch|z|s|zo)?|apr(?:il|ile)?|abr(?:il)?|avr(?:il)?|may|mai|mayo|maggio|maio|jun(?:e|i|io)?|juin|giugno|jul(?:y|i|io)?"
            + "|juil(?:let)?|luglio|aug(?:ust)?|ago(?:sto)?|ao[uû]t|sep(?:t(?:ember|iembre|embre)?)?|set(?:tembre|embro)?"
            + "|o[ck]t(?:ober|ubre|obre|tobre|ubro)?|nov(?:ember|iembre|embre|embro)?|d[eiéz][cz](?:ember|iembre|embre|embro)?)";
    static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s+(?:de\\s+)?(" + MONTH + ")\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    /** A day and a month name without a year: "1. Juni", "5 de mayo", "15 mai", "3rd March". */
    static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s+(?:de\\s+)?(" + MONTH + ")(?![\\p{L}])\\.?");
    /** A month name and a day without a year: "May 5", "June 1st". */
    static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d]|[.,:]\\d)");
    /** A date written in Japanese or Chinese: "2027年1月15日". */
    static final Pattern CJK_DATE = Pattern.compile("(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

    private ValueExtractor() {
    }

    /** The facts in a text, in order of appearance. */
    public static List<Value> find(String text) {
        return find(text, Numbers.convention(text));
    }

    /** The facts in a text that is part of a larger one whose decimal convention is given. */
    public static List<Value> find(String text, Numbers.Convention convention) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Numbers.Convention own = Numbers.convention(text);
        Numbers.Convention use = own == Numbers.Convention.UNKNOWN ? convention : own;
        return new ArrayList<>(dev.coroner.analysis.text.TextMemo.of(use, text, t -> scan(t, use)));
    }

    /** The facts in a non-empty text, read with a known convention. */
    private static List<Value> scan(String text, Numbers.Convention use) {
        List<Value> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        List<MatchResult> iso = isoDates(text);
        times(text, iso, out, taken);
        identifiers(text, out, taken);
        dates(text, iso, out, taken);
        amounts(text, out, taken, use);
        quantities(text, out, taken, use);
        numbers(text, out, taken, use);
        out.sort(Comparator.comparingInt(Value::start));
        return List.copyOf(out);
    }

    /** The ISO dates of a text, found once for both the times and the dates of {@link #find}. */
    private static List<MatchResult> isoDates(String text) {
        if (!mayHoldIsoDate(text)) {
            return List.of();
        }
        List<MatchResult> found = new ArrayList<>();
        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            found.add(m.toMatchResult());
        }
        return found;
    }

    /** Times of day, keyed "time:HH:MM" whichever way they are written ("07h00" and "07:00" are one fact). */
    private static void times(String text, List<MatchResult> iso, List<Value> out, BitSet taken) {
        if (!mayHoldTime(text)) {
            return;
        }
        BitSet dated = new BitSet(text.length());
        for (MatchResult date : iso) {
            dated.set(date.start(), date.end());
        }
        Matcher m = TIME_OF_DAY.matcher(text);
        while (m.find()) {
            if (dated.get(m.start())) {
                continue; // "2025-12-19 07:00", "2026-06-18T21:40-03:00": the date takes its time and offset
            }
            int hour = Integer.parseInt(m.group(1));
            // On a 12-hour clock, "07:45 PM" is 19:45 and "12:10 AM" is 00:10.
            if (m.group(3) != null && hour >= 1 && hour <= 12) {
                hour = hour % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
            }
            String key = String.format(Locale.ROOT, "time:%02d:%s", hour, m.group(2));
            add(out, taken, new Value(ValueKind.DATE, m.group(), List.of(key), Optional.empty(), "", m.start()));
        }
    }

    private static void identifiers(String text, List<Value> out, BitSet taken) {
        for (Identifiers.Found found : Identifiers.find(text)) {
            int at = text.indexOf(found.asWritten());
            while (at >= 0 && taken.get(at)) {
                at = text.indexOf(found.asWritten(), at + 1);
            }
            if (at < 0) {
                continue;
            }
            if (found.kind() == Identifiers.Kind.EMAIL || found.kind() == Identifiers.Kind.PHONE) {
                add(out, taken, new Value(ValueKind.IDENTIFIER, found.asWritten(), List.of("id:" + found.value()),
                        Optional.empty(), "", at));
            } else if (found.kind() == Identifiers.Kind.IBAN || found.asWritten().contains(" ")) {
                // "ES91 2100 0418 …" and "ES9121000418…" are one account, "532 118 904 00027" and
                // "53211890400027" one registration: keyed by the compact form (and, all digits, by the
                // number it is when written without spaces).
                List<String> keys = new ArrayList<>(identifier(found.value(), at).keys());
                if (found.value().chars().allMatch(Character::isDigit)) {
                    keys.add("num:" + new BigDecimal(found.value()).toPlainString());
                }
                add(out, taken, new Value(ValueKind.IDENTIFIER, found.asWritten(), keys, Optional.empty(), "", at));
            } else {
                add(out, taken, identifier(found.asWritten(), at));
            }
        }
        for (Pattern p : List.of(UUID, GENERIC_ID, DIGIT_GROUPS)) {
            if (!mayHold(p, text)) {
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!taken.get(m.start(), m.end()).isEmpty() || ISO_DATE.matcher(m.group()).matches()
                        || p == DIGIT_GROUPS && !digitId(m.group())) {
                    continue;
                }
                add(out, taken, identifier(m.group(), m.start()));
            }
        }
    }

    private static final Skim.CharClass HYPHEN = Skim.anyOf("-");
    private static final Skim.CharClass HOUR_MARK = Skim.anyOf(":hH");
    private static final Skim.CharClass DATE_MARK = Skim.anyOf("./");
    /** What may follow a day's digits in {@link #DAY_MONTH}: ".", the first letter of a suffix, "º", a space. */
    private static final Skim.CharClass AFTER_DAY = c -> ".snrteº".indexOf(c) >= 0 || Skim.SPACE.test(c);
    private static final Skim.CharClass ID_JOINT = Skim.anyOf("-_#");

    // Necessary conditions of the expressions above (Skim): a text that fails one holds no match of it,
    // and the expression is not run on it.

    /** {@link #ISO_DATE}: a digit, a hyphen, two digits, a hyphen, a digit ("2024-03-05"). */
    static boolean mayHoldIsoDate(String text) {
        return Skim.hasRun(text, Skim.DIGIT, HYPHEN, Skim.DIGIT, Skim.DIGIT, HYPHEN, Skim.DIGIT);
    }

    /** {@link #TIME_OF_DAY}: a digit, then ":", "h" or "H", then a digit. */
    static boolean mayHoldTime(String text) {
        return Skim.hasRun(text, Skim.DIGIT, HOUR_MARK, Skim.DIGIT);
    }

    /** {@link #NUMERIC_DATE}: a digit, "." or "/", a digit. */
    static boolean mayHoldNumericDate(String text) {
        return Skim.hasRun(text, Skim.DIGIT, DATE_MARK, Skim.DIGIT);
    }

    /** {@link #DAY_MONTH_YEAR} and {@link #MONTH_DAY_YEAR}: a year of four digits. */
    static boolean mayHoldYear(String text) {
        return Skim.longestRun(text, Skim.DIGIT) >= 4;
    }

    /** {@link #DAY_MONTH}: the day's last digit, then ".", a suffix ("st", "er", "º") or a space. */
    static boolean mayHoldDayMonth(String text) {
        return Skim.hasRun(text, Skim.DIGIT, AFTER_DAY);
    }

    /** {@link #MONTH_DAY}: a space, then the day's first digit. */
    static boolean mayHoldMonthDay(String text) {
        return Skim.hasRun(text, Skim.SPACE, Skim.DIGIT);
    }

    // Where a match of AMOUNT, QUANTITY or NUMBER may start (Skim.Finder). Each opens with a look-behind
    // that refuses a letter or digit before the match (QUANTITY and NUMBER also "." and ","; NUMBER also
    // "_" and "-"), then a digit, a minus sign, a currency sign or the first letter of a currency code.

    static boolean mayStartAmount(String text, int at) {
        char c = text.charAt(at);
        return !after(text, at, "") && (Skim.DIGIT.test(c) || c == '-' || "$€£¥₹".indexOf(c) >= 0
                || "URACEGJISNDPBMuracegjisndpbm".indexOf(c) >= 0);
    }

    static boolean mayStartQuantity(String text, int at) {
        return Skim.DIGIT.test(text.charAt(at)) && !after(text, at, ".,");
    }

    static boolean mayStartNumber(String text, int at) {
        char c = text.charAt(at);
        return (Skim.DIGIT.test(c) || c == '-') && !after(text, at, ".,_-");
    }

    /** True when the character before {@code at} is an ASCII letter or digit, or one of {@code also}. */
    private static boolean after(String text, int at, String also) {
        if (at == 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        return Skim.ALNUM.test(before) || also.indexOf(before) >= 0;
    }

    /**
     * False when the text cannot hold a match of the identifier expression (UUID, GENERIC_ID or
     * DIGIT_GROUPS), by a necessary condition of it: UUID has four hyphens; GENERIC_ID a letter or
     * digit, "-", "_" or "#" and a letter or digit, or a letter next to a digit; DIGIT_GROUPS two digits,
     * a hyphen and two digits.
     */
    static boolean mayHold(Pattern p, String text) {
        if (p == UUID) {
            return Skim.count(text, HYPHEN) >= 4;
        }
        if (p == GENERIC_ID) {
            return Skim.hasRun(text, Skim.ALNUM, ID_JOINT, Skim.ALNUM) || Skim.hasRun(text, Skim.LETTER, Skim.DIGIT)
                    || Skim.hasRun(text, Skim.DIGIT, Skim.LETTER);
        }
        if (p == DIGIT_GROUPS) {
            return Skim.hasRun(text, Skim.DIGIT, Skim.DIGIT, HYPHEN, Skim.DIGIT, Skim.DIGIT);
        }
        return true;
    }

    /**
     * True when digit groups joined by hyphens name a thing rather than a range or a score: six digits
     * or more, and a group with a leading zero ("4711-0832"), three groups or more, or a second number
     * not above the first ("4711-1120"; a range goes up: "2014-2023", "100-250"). A year and a month
     * ("2024-03") is a date.
     */
    static boolean digitId(String token) {
        String[] groups = token.split("-");
        if (token.replace("-", "").length() < 6) {
            return false;
        }
        if (groups.length == 2 && groups[0].length() == 4 && groups[1].length() == 2 && groups[0].matches("(?:19|20)\\d\\d")
                && Integer.parseInt(groups[1]) >= 1 && Integer.parseInt(groups[1]) <= 12) {
            return false;
        }
        if (groups.length >= 3) {
            return true;
        }
        for (String g : groups) {
            if (g.startsWith("0")) {
                return true;
            }
        }
        return new java.math.BigInteger(groups[1]).compareTo(new java.math.BigInteger(groups[0])) <= 0;
    }

    /** A word of a field's name that says the field holds CPUs ("requests.cpu", "cpu_limit", "vcpus"). */
    private static final Pattern CPU_KEY_WORD = Pattern.compile("v?cpus?|cores?");
    /** A Kubernetes CPU quantity in thousandths of a core: "1500m", "250m". */
    private static final Pattern MILLI_CPU = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)m\\s*");

    /**
     * The value of a Kubernetes CPU quantity written in thousandths of a core ("1500m" under "cpu" is
     * 1.5 cores), or null: under a key that names CPUs "m" is milli, not metres or minutes. Its number
     * is the count of cores, so that 1500 written for it elsewhere has no source. {@code path} is the
     * field's JSON path ("requests.cpu", "containers[0].cpu").
     */
    public static Value cpuQuantity(String path, String written) {
        // Called on every text of every JSON record: only a text that ends in "m" is tried.
        String text = written.strip();
        Matcher m = text.endsWith("m") ? MILLI_CPU.matcher(text) : null;
        if (m == null || !m.matches()) {
            return null;
        }
        String key = path.substring(path.lastIndexOf('.') + 1);
        if (key.indexOf('[') >= 0) {
            key = key.substring(0, key.indexOf('['));
        }
        if (ResultQuality.keyWords(key).stream().noneMatch(w -> CPU_KEY_WORD.matcher(w).matches())) {
            return null;
        }
        BigDecimal cores = new BigDecimal(m.group(1)).movePointLeft(3).stripTrailingZeros();
        return new Value(ValueKind.QUANTITY, written.strip(), keys("qty", List.of(cores), "core"), Optional.of(cores),
                "core", 0);
    }

    /** An identifier's keys: as written in upper case, and with look-alike characters folded. */
    public static Value identifier(String written, int at) {
        String upper = written.toUpperCase(Locale.ROOT);
        String folded = upper.replace('O', '0').replace('I', '1').replace('L', '1');
        return new Value(ValueKind.IDENTIFIER, written, List.of("id:" + upper, "idl:" + folded), Optional.empty(), "", at);
    }

    private static void dates(String text, List<MatchResult> iso, List<Value> out, BitSet taken) {
        for (MatchResult m : iso) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            Matcher time = ISO_TIME.matcher(m.group());
            if (time.find() && valid(year, month, day) && taken.get(m.start(), m.end()).isEmpty()) {
                // A date-time is its date and its time of day: "2025-03-20T08:30" and "at 8:30" share a fact.
                add(out, taken, new Value(ValueKind.DATE, m.group(), List.of(iso(year, month, day), dayKey(month, day),
                        String.format(Locale.ROOT, "time:%02d:%s", Integer.parseInt(time.group(1)), time.group(2))),
                        Optional.empty(), "", m.start()));
            } else {
                date(out, taken, m, text, year, month, day);
            }
        }
        Matcher m = NUMERIC_DATE.matcher(text);
        boolean numeric = mayHoldNumericDate(text);
        while (numeric && m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            boolean dayFirst = ".".equals(m.group(2)) || a > 12;
            if (!dayFirst && b > 12 || a <= 12 && b <= 12 && !".".equals(m.group(2))) {
                // 03/04/2025: month first (US) or day first (elsewhere); keep both readings.
                List<String> keys = new ArrayList<>();
                if (valid(year, a, b)) {
                    keys.add(iso(year, a, b));
                }
                if (valid(year, b, a)) {
                    keys.add(iso(year, b, a));
                }
                if (valid(year, a, b)) {
                    keys.add(dayKey(a, b));
                }
                if (valid(year, b, a)) {
                    keys.add(dayKey(b, a));
                }
                if (!keys.isEmpty() && taken.get(m.start(), m.end()).isEmpty()) {
                    add(out, taken, new Value(ValueKind.DATE, m.group(), keys, Optional.empty(), "", m.start()));
                }
            } else {
                date(out, taken, m, text, year, b, a);
            }
        }
        boolean year = mayHoldYear(text);
        m = DAY_MONTH_YEAR.matcher(text);
        while (year && m.find()) {
            date(out, taken, m, text, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (year && m.find()) {
            date(out, taken, m, text, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = CJK_DATE.matcher(text);
        while (text.indexOf('年') >= 0 && m.find()) {
            date(out, taken, m, text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = DAY_MONTH.matcher(text);
        boolean dayFirst = mayHoldDayMonth(text);
        while (dayFirst && m.find()) {
            yearless(out, taken, m, m.group(2), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY.matcher(text);
        boolean dayAfter = mayHoldMonthDay(text);
        while (dayAfter && m.find()) {
            yearless(out, taken, m, m.group(1), Integer.parseInt(m.group(2)));
        }
    }

    /**
     * Month names that are also common words in lower case ("5 may apply", "2 set", "3 mar"): a day
     * and month without a year are read from them only when the month is capitalised.
     */
    private static final java.util.Set<String> WORD_MONTHS = java.util.Set.of("may", "mar", "set", "ago", "gen", "jun",
            "jul", "dec", "sep", "oct", "nov", "feb", "jan", "apr", "aug");

    /** A day and month without a year ("1. Juni", "5 de mayo", "May 5"): keyed by the day of the year only. */
    private static void yearless(List<Value> out, BitSet taken, Matcher m, String monthName, int day) {
        int month = month(monthName);
        if (WORD_MONTHS.contains(monthName) || !valid(2000, month, day) || !taken.get(m.start(), m.end()).isEmpty()) {
            return;
        }
        add(out, taken, new Value(ValueKind.DATE, m.group(), List.of(dayKey(month, day)), Optional.empty(), "",
                m.start()));
    }

    /**
     * The key of a day of the year ("day:06-01"): what a date without a year shares with the full
     * dates of that day. Two full dates never match by it ({@link Value#sameFact}).
     */
    static String dayKey(int month, int day) {
        return String.format(Locale.ROOT, "%s%02d-%02d", DAY_KEY, month, day);
    }

    /** The prefix of a day-of-the-year key. */
    public static final String DAY_KEY = "day:";

    private static void date(List<Value> out, BitSet taken, MatchResult m, String text, int year, int month, int day) {
        if (valid(year, month, day) && taken.get(m.start(), m.end()).isEmpty()) {
            add(out, taken, new Value(ValueKind.DATE, m.group(), List.of(iso(year, month, day), dayKey(month, day)),
                    Optional.empty(), "",
                    m.start()));
        }
    }

    /**
     * A plausible date: 1900 to 2200, or the zero date of a platform that writes one when a date was
     * never set (1 January 1601, Windows FILETIME 0; 1 January of year 1, .NET's and Go's zero time), so
     * that a stand-in date passed on is followed as the date it is.
     */
    private static boolean valid(int year, int month, int day) {
        return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31
                || month == 1 && day == 1 && (year == 1601 || year == 1);
    }

    private static String iso(int year, int month, int day) {
        return String.format(Locale.ROOT, "date:%04d-%02d-%02d", year, month, day);
    }

    /** 1-based month of a month name in one of the languages read, or 0. */
    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[][] starts = {
                {"jan", "ene", "gen"}, {"feb", "fév", "fev"}, {"mar", "mär"}, {"apr", "abr", "avr"},
                {"may", "mai", "mag"}, {"jun", "juin", "giu"}, {"jul", "juil", "lug"}, {"aug", "ago", "aoû", "aou"},
                {"sep", "set"}, {"oct", "okt", "ott", "out"}, {"nov"}, {"dec", "dez", "déc", "dic"}};
        for (int i = 0; i < starts.length; i++) {
            for (String s : starts[i]) {
                if (n.startsWith(s)) {
                    // "mai" and "mar"/"mär" overlap nothing else; "ma" alone is not a month.
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static void amounts(String text, List<Value> out, BitSet taken, Numbers.Convention convention) {
        Skim.Finder found = new Skim.Finder(AMOUNT, text, ValueExtractor::mayStartAmount);
        Matcher m = found.matcher();
        while (found.find()) {
            if (!taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            String currencyText = m.group(1) != null ? m.group(1) : m.group(4);
            String numberText = m.group(2) != null ? m.group(2) : m.group(3);
            String currency = CURRENCIES.getOrDefault(currencyText.toLowerCase(Locale.ROOT), currencyText.toUpperCase(Locale.ROOT));
            List<BigDecimal> readings = Numbers.readings(numberText, convention);
            if (readings.isEmpty()) {
                continue;
            }
            add(out, taken, new Value(ValueKind.AMOUNT, m.group().strip(), keys("amt", readings, currency),
                    Optional.of(readings.get(0)), currency, m.start()));
        }
    }

    private static void quantities(String text, List<Value> out, BitSet taken, Numbers.Convention convention) {
        Skim.Finder found = new Skim.Finder(QUANTITY, text, ValueExtractor::mayStartQuantity);
        Matcher m = found.matcher();
        while (found.find()) {
            String unitWord = m.group(2).toLowerCase(Locale.ROOT).replace(" ", "");
            // Kubernetes quantities ("512Mi", "1.5Gi"): binary sizes, where a lower-case "mi" is miles.
            String unit = KUBERNETES_SIZE.contains(m.group(2)) ? UNITS.get(unitWord + "b")
                    : UNITS.get(unitWord.endsWith(".") ? unitWord.substring(0, unitWord.length() - 1) : unitWord);
            if (unit == null || !taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            List<BigDecimal> readings = Numbers.readings(m.group(1), convention);
            if (readings.isEmpty()) {
                continue;
            }
            List<String> keys = keys("qty", readings, unit);
            if (CLOCK_HOUR.matcher(m.group().strip()).matches()) {
                // "20h às 6h": hours that are also a time of day ("20:00-06:00").
                keys = new ArrayList<>(keys);
                keys.add(String.format(Locale.ROOT, "time:%02d:00", Integer.parseInt(m.group(1)) % 24));
            }
            add(out, taken, new Value(ValueKind.QUANTITY, m.group().strip(), keys,
                    Optional.of(readings.get(0)), unit, m.start()));
        }
    }

    /**
     * The keys of a number with a currency or unit: every reading with its unit first (the specific
     * fact), then every reading as a bare number (so the same number elsewhere still matches); a
     * percentage also as the ratio it writes (0.41 % is the 0.0041 a metrics API returns), an amount in
     * a currency's minor unit also as the amount in its major unit (200000 centavos are 2000).
     */
    private static List<String> keys(String kind, List<BigDecimal> readings, String unit) {
        List<String> keys = new ArrayList<>();
        for (BigDecimal r : readings) {
            keys.add(kind + ":" + Numbers.plain(r) + ":" + unit);
        }
        for (BigDecimal r : readings) {
            keys.add("num:" + Numbers.plain(r));
        }
        if (SECONDS.containsKey(unit)) {
            for (BigDecimal r : readings) {
                keys.add(DURATION_KEY + Numbers.plain(r.multiply(SECONDS.get(unit))));
            }
        }
        if (unit.equals("%") || unit.equals(MINOR_UNIT)) {
            // 0.41 % is the ratio 0.0041; 200000 centavos are the 2000 of "R$ 2.000,00".
            for (BigDecimal r : readings) {
                keys.add("num:" + Numbers.plain(r.movePointLeft(2)));
            }
        }
        return keys;
    }

    /** The unit of an amount in a currency's hundredths (cents, centavos, centimes, pence). */
    static final String MINOR_UNIT = "minor-unit";

    /** The prefix of a duration's key in seconds: "10 s" and "10000 ms" are one wait. */
    public static final String DURATION_KEY = "dur:";

    /** Seconds per unit of time, for the duration keys. */
    public static final Map<String, BigDecimal> SECONDS = Map.of("ms", new BigDecimal("0.001"), "s", BigDecimal.ONE,
            "minute", BigDecimal.valueOf(60), "hour", BigDecimal.valueOf(3600), "day", BigDecimal.valueOf(86400),
            "week", BigDecimal.valueOf(604800));

    /** An hour of the clock written with "h" and no minutes: "20h", "6h" (Portuguese, French). */
    private static final Pattern CLOCK_HOUR = Pattern.compile("([01]?\\d|2[0-4])[hH]");

    private static void numbers(String text, List<Value> out, BitSet taken, Numbers.Convention convention) {
        Skim.Finder found = new Skim.Finder(NUMBER, text, ValueExtractor::mayStartNumber);
        Matcher m = found.matcher();
        while (found.find()) {
            if (!taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            List<BigDecimal> readings = Numbers.readings(m.group(), convention);
            if (readings.isEmpty()) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            for (BigDecimal r : readings) {
                keys.add("num:" + Numbers.plain(r));
            }
            add(out, taken, new Value(ValueKind.NUMBER, m.group(), List.copyOf(keys), Optional.of(readings.get(0)), "",
                    m.start()));
        }
    }

    /** The canonical unit of a spelling ("Sekunden", "kgs", "mg/dL"), lower-cased first; empty when it names none. */
    public static String unit(String spelling) {
        return UNITS.getOrDefault(spelling.strip().toLowerCase(Locale.ROOT), "");
    }

    private static void add(List<Value> out, BitSet taken, Value value) {
        out.add(value);
        taken.set(value.start(), value.start() + value.asWritten().length());
    }

    private static Map<String, String> units() {
        Map<String, String> u = new java.util.HashMap<>();
        put(u, "day", "day", "days", "d", "tag", "tage", "tagen", "werktag", "werktage", "werktagen", "día", "días", "dia",
                "dias", "jour", "jours", "giorno", "giorni", "dag", "dagen");
        put(u, "hour", "hour", "hours", "h", "hr", "hrs", "stunde", "stunden", "std", "hora", "horas", "heure", "heures",
                "ora", "ore", "uur");
        put(u, "minute", "minute", "minutes", "min", "mins", "minuten", "minuto", "minutos", "minuti");
        put(u, "week", "week", "weeks", "wk", "wks", "woche", "wochen", "semana", "semanas", "semaine", "semaines",
                "settimana", "settimane", "weken");
        put(u, "month", "month", "months", "mo", "monat", "monate", "monaten", "mes", "meses", "mois", "mese", "mesi",
                "maand", "maanden");
        put(u, "year", "year", "years", "yr", "yrs", "jahr", "jahre", "jahren", "año", "años", "ano", "anos", "an",
                "ans", "anno", "anni", "jaar");
        put(u, "night", "night", "nights", "nacht", "nächte", "noche", "noches", "nuit", "nuits", "notte", "notti");
        put(u, "%", "%", "percent", "percentage", "prozent", "pct", "porcentaje", "pourcentage", "percentuale");
        put(u, "kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramm", "kilogramme", "kilogrammes",
                "kilogramo", "kilogramos", "chilogrammi", "quilos");
        put(u, "g", "g", "gram", "grams", "gramm");
        put(u, "lb", "lb", "lbs", "pound-weight");
        put(u, "t", "t", "mt", "ton", "tons", "tonne", "tonnes", "tonnen", "tonelada", "toneladas", "tonnellata",
                "tonnellate");
        put(u, "wh", "wh");
        put(u, "kwh", "kwh");
        put(u, "mwh", "mwh");
        put(u, "gwh", "gwh");
        put(u, "km", "km", "kilometer", "kilometers", "kilometre", "kilometres");
        put(u, "mile", "mi", "mile", "miles", "meilen");
        put(u, "m", "m", "meter", "meters", "metre", "metres");
        put(u, "cm", "cm");
        put(u, "mm", "mm");
        put(u, "l", "l", "liter", "liters", "litre", "litres");
        put(u, "m³", "m³", "m3", "cbm", "kubikmeter", "kubikmetern");
        put(u, "ml", "ml");
        put(u, "mg", "mg", "milligram", "milligrams");
        put(u, "µg", "µg", "μg", "mcg", "ug", "microgram", "micrograms");
        // Concentrations of a laboratory result, as unit fields write them ("mg/dL"); field names join
        // them with an underscore (glucose_mg_dl).
        put(u, "mg/dl", "mg/dl");
        put(u, "g/dl", "g/dl");
        put(u, "g/l", "g/l");
        put(u, "mg/l", "mg/l");
        put(u, "mmol/l", "mmol/l");
        put(u, "µmol/l", "µmol/l", "μmol/l", "umol/l", "mcmol/l");
        put(u, "item", "item", "items", "unit", "units", "piece", "pieces", "pcs", "stück", "stk", "unidades",
                "unidad", "pièces", "pezzi", "seats", "seat", "tickets", "licenses", "licences", "users", "rooms", "guests",
                "people", "persons", "personen", "personas", "tablets", "doses", "sessions", "sesiones", "sitzungen",
                "séances", "sessioni", "sessões", "sessoes");
        put(u, "byte", "byte", "bytes", "octet", "octets");
        put(u, "kb", "kb", "kib", "kilobyte", "kilobytes");
        put(u, "mb", "mb", "mib", "megabyte", "megabytes");
        put(u, "gb", "gb", "gib", "gigabyte", "gigabytes");
        put(u, "tb", "tb", "tib", "terabyte", "terabytes");
        put(u, "ms", "ms", "millis", "millisecond", "milliseconds", "millisekunden", "milisegundos", "millisecondes",
                "millisecondi");
        put(u, "s", "s", "sec", "secs", "second", "seconds", "sekunde", "sekunden", "segundo", "segundos",
                "seconde", "secondes", "secondo", "secondi", "seconden");
        // Minor units of a currency: "148730 centavos" is R$ 1.487,30 (see keys: the amount in major units too).
        put(u, MINOR_UNIT, "cent", "cents", "centavo", "centavos", "céntimo", "céntimos", "centime", "centimes",
                "centesimo", "centesimi", "pence", "penny");
        put(u, "ms", "ミリ秒");
        put(u, "s", "秒", "秒間");
        put(u, "minute", "分", "分間", "分钟");
        put(u, "hour", "時間", "小时");
        put(u, "day", "日間", "天");
        put(u, "week", "週間");
        put(u, "month", "ヶ月", "か月");
        put(u, "year", "年間");
        put(u, "µs", "µs", "μs", "us", "microsecond", "microseconds", "mikrosekunde", "mikrosekunden", "microsegundo",
                "microsegundos", "microseconde", "microsecondes", "microsecondo", "microsecondi");
        put(u, "°c", "°c", "degrees", "grados", "grad", "degrés", "gradi", "graus", "celsius");
        put(u, "°f", "°f", "fahrenheit");
        return Map.copyOf(u);
    }

    private static void put(Map<String, String> map, String unit, String... spellings) {
        for (String s : spellings) {
            map.put(s, unit);
        }
    }
}
