package dev.coroner.analysis.filter;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.ResultCodec;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.text.Identifiers;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.spill.SpilledList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets and personal identifiers in everything a report shows of the trace, so a report
 * can be attached to a ticket without becoming the leak. Applied once to the result before any
 * reporter runs, so every format shows the same masks.
 *
 * <p>Masks are stable within one result: the same value (after normalising case for e-mail
 * addresses and punctuation for numbers) always gets the same mask, {@code [email-1]},
 * {@code [phone-2]}, {@code [card-1]}, {@code [iban-1]} or {@code [secret-3]}, numbered per kind
 * in order of first appearance. So findings still join: a bleed finding names the leaked address
 * by the same mask as the evidence that shows it. The numbering is per result, never a hash of the
 * value, so a mask cannot be reversed by guessing candidates.
 *
 * <p>Masked: secrets (private key blocks, passwords in URLs, bearer / basic credentials, API keys
 * with a known prefix, also when an excerpt cut them short, JWTs, values of password / secret / token / api-key assignments, long
 * mixed-case random tokens) and personal identifiers (e-mail addresses, phone numbers, payment
 * card numbers that pass the Luhn check, IBAN-like account numbers). Not masked: file paths,
 * hashes, fingerprints, locators, check ids, and order or ticket numbers, which a post-mortem
 * needs to read; nor structural identifiers (session, thread, checkpoint, run and span ids), even
 * where they look like random tokens or e-mail addresses: a masked report must stay navigable, and
 * the id it shows is the one {@code coroner context --session} takes.
 */
public final class Redactor {

    /**
     * The country codes that issue IBANs: the SWIFT IBAN registry and the countries that use the IBAN
     * format outside it (mostly in Africa). A code of another shape ("JD0146…", a parcel tracking
     * number) is not an account number.
     */
    private static final Set<String> IBAN_COUNTRIES = Set.of(("AD AE AL AO AT AZ BA BE BF BG BH BI BJ BR BY CF CG CH"
            + " CI CM CR CV CY CZ DE DJ DK DO DZ EE EG ES FI FK FO FR GA GB GE GI GL GQ GR GT GW HN HR HU IE IL IQ IR IS"
            + " IT JO KM KW KZ LB LC LI LT LU LV LY MA MC MD ME MG MK ML MN MR MT MU MZ NE NI NL NO OM PK PL PS PT QA RO"
            + " RS RU SA SC SD SE SI SK SM SN SO ST SV TD TG TL TN TR UA VA VG XK YE").split(" "));

    private static final List<Rule> RULES = List.of(
            new Rule("secret", Pattern.compile(
                    "-----BEGIN[A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END[A-Z ]*PRIVATE KEY-----|\\z)"),
                    0, Function.identity(), v -> true,
                    t -> t.text().contains("-----BEGIN")),
            new Rule("secret", Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}://[^\\s:/@?#\\[\\]]+:([^\\s@/?#]+)@"),
                    1, Function.identity(), v -> !isMask(v),
                    t -> t.text().contains("://")),
            new Rule("secret", Pattern.compile("(?i)\\b(?:bearer|basic)\\s+([A-Za-z0-9._~+/-]{12,}=*)"),
                    1, Function.identity(), Redactor::mixed,
                    t -> Stats.containsIgnoreCase(t.text(), "bearer") || Stats.containsIgnoreCase(t.text(), "basic")),
            new Rule("secret", Pattern.compile("(?<![\\w-])(?:sk-(?:proj-|ant-[a-z0-9]+-)?[A-Za-z0-9_-]{16,}"
                    + "|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{30,}"
                    + "|github_pat_[A-Za-z0-9_]{30,}|xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}"
                    + "|AIza[0-9A-Za-z_-]{35}|glpat-[A-Za-z0-9_-]{20,}|hf_[A-Za-z0-9]{30,})(?![\\w-])"),
                    0, Function.identity(), v -> true,
                    t -> t.longestRun() >= 15),
            // A key cut short by an excerpt's "… (+N chars)" marker: its known prefix is enough.
            new Rule("secret", Pattern.compile("(?<![\\w-])(?:sk-|(?:sk|rk|pk)_(?:live|test)_|gh[pousr]_|github_pat_"
                    + "|xox[abposr]-|AKIA|ASIA|AIza|glpat-|hf_|eyJ)[A-Za-z0-9_.-]*(?=… \\(\\+\\d+ chars\\))"),
                    0, Function.identity(), v -> true,
                    t -> t.text().contains(" chars)")),
            new Rule("secret", Pattern.compile("(?<![\\w-])eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"),
                    0, Function.identity(), v -> true,
                    t -> t.text().contains("eyJ")),
            new Rule("secret", Pattern.compile("(?i)\\b(?:password|passwd|pwd|passphrase|secret|client[_-]?secret"
                    + "|api[_-]?key|access[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|private[_-]?key)"
                    + "[\"']?\\s*[:=]\\s*[\"']?([^\\s\"'<>,;\\[][^\\s\"'<>,;]{3,})"),
                    1, Function.identity(), v -> true,
                    t -> t.text().indexOf(':') >= 0 || t.text().indexOf('=') >= 0),
            new Rule("email", Pattern.compile(
                    "(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![\\w-])"),
                    0, v -> v.toLowerCase(Locale.ROOT), v -> true,
                    t -> t.text().indexOf('@') >= 0),
            new Rule("iban", Pattern.compile(
                    "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?\\d{1,3})?(?![A-Za-z0-9])"),
                    0, v -> v.replace(" ", ""), v -> digits(v) >= 10 && IBAN_COUNTRIES.contains(v.substring(0, 2)),
                    t -> t.digits() >= 2 && t.upper()),
            new Rule("card", Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])"),
                    0, Redactor::digitsOnly, v -> luhn(digitsOnly(v)),
                    t -> t.digits() >= 13),
            new Rule("phone", Pattern.compile(
                    "(?<![\\w+])(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}(?!\\w)"
                            + "|(?<![\\w+])\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?){2,6}(?![\\w])"),
                    0, v -> v.replaceAll("[^0-9+]", ""), v -> digits(v) >= 9 && digits(v) <= 15,
                    t -> t.digits() >= 9),
            new Rule("secret", Pattern.compile("(?<![\\w-])[A-Za-z0-9_-]{20,}(?![\\w-])"),
                    0, Function.identity(), Redactor::randomToken,
                    t -> t.longestRun() >= 20));

    private static final Pattern LOCATOR_SEPARATOR = Pattern.compile("[\\s()\\[\\],;=]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private final Map<String, String> masks = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    /** Structural ids of the whole run: every session id (and the ids a redactor was made with). */
    private final DigestSet structural = new DigestSet();
    /** Structural ids of the session whose result or findings are being masked (see {@link #apply}). */
    private Set<String> local = Set.of();

    /** A redactor that never masks the given structural identifiers (session, span, run, checkpoint ids). */
    public Redactor(java.util.Collection<String> structuralIds) {
        structuralIds.forEach(this::addStructural);
    }

    /** The structural identifiers of a session: its id and the locators of its steps. */
    public static List<String> structuralIds(dev.coroner.trace.Session session) {
        List<String> out = new ArrayList<>();
        out.add(session.id());
        for (dev.coroner.trace.Step step : session.steps()) {
            out.add(step.source().locator());
        }
        return out;
    }

    /** An id, and each token of a locator such as "span 5f2c…" or "checkpoint 1ef… (ns graph:3)". */
    private void addStructural(String id) {
        addStructural(id, structural::add);
    }

    private static void addStructural(String id, java.util.function.Consumer<String> to) {
        if (id == null || id.isBlank()) {
            return;
        }
        to.accept(id);
        for (String token : LOCATOR_SEPARATOR.split(id)) {
            if (token.length() >= 6) {
                to.accept(token);
            }
        }
    }

    private boolean structural(String value) {
        return local.contains(value) || structural.contains(value);
    }

    /** A redactor with no masks handed out yet; masks are stable for the life of the instance. */
    public Redactor() {
    }

    /** The result with every piece of trace content masked, and {@code redacted} set. */
    public static AnalysisResult redact(AnalysisResult result) {
        return new Redactor().apply(result);
    }

    /** Masks one text. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        Stats stats = Stats.of(out);
        for (Rule rule : RULES) {
            if (!rule.may().test(stats)) {
                continue;
            }
            String masked = rule.apply(out, this);
            if (!masked.equals(out)) {
                out = masked;
                stats = Stats.of(out);
            }
        }
        return out;
    }

    /**
     * What the cheap tests of the rules need to know about a text, counted in one pass.
     *
     * @param text       the text
     * @param digits     how many ASCII digits it holds
     * @param upper      whether it holds an ASCII capital letter
     * @param longestRun the longest run of the characters of a token ([A-Za-z0-9_-])
     */
    private record Stats(String text, int digits, boolean upper, int longestRun) {

        static Stats of(String text) {
            int digits = 0;
            boolean upper = false;
            int run = 0;
            int longest = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                boolean capital = c >= 'A' && c <= 'Z';
                digits += digit ? 1 : 0;
                upper |= capital;
                if (digit || capital || c >= 'a' && c <= 'z' || c == '_' || c == '-') {
                    longest = Math.max(longest, ++run);
                } else {
                    run = 0;
                }
            }
            return new Stats(text, digits, upper, longest);
        }

        static boolean containsIgnoreCase(String text, String word) {
            char first = word.charAt(0);
            char lower = Character.toLowerCase(first);
            // regionMatches(ignoreCase) matches an ASCII letter only to itself in either case, except
            // i, k and s (dotted and dotless i, the Kelvin sign, the long s): for the others, only a
            // position that starts with the letter is worth comparing.
            boolean plainStart = lower >= 'a' && lower <= 'z' && lower != 'i' && lower != 'k' && lower != 's';
            char upper = Character.toUpperCase(first);
            for (int i = 0; i + word.length() <= text.length(); i++) {
                if (plainStart) {
                    char c = text.charAt(i);
                    if (c != lower && c != upper) {
                        continue;
                    }
                }
                if (text.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Fields are visited in a fixed order (sessions, findings, suppressed, the rest) so numbering is
     * stable. Every session id of the run is structural everywhere; the locators of a session's steps,
     * and of its findings' locations and evidence, are structural in that session's result and in its
     * findings. Both lists are in session order, so the walk over one reads the other alongside it and
     * holds the locators of one session at a time, not of the run: a run of millions of steps masks in
     * the memory of its largest session. (Lists out of that order, which no analysis gives, fall back to
     * every locator of the run structural everywhere.) Each list is read once more, in order, and its
     * masked copy written where the list was (held, or spilled past the memory budget).
     */
    AnalysisResult apply(AnalysisResult result) {
        boolean inOrder = sortedBySession(result);
        if (!inOrder) {
            result.sessions().forEach(session -> sessionLocators(session, this::addStructural));
            result.findings().forEach(f -> findingLocators(f, this::addStructural));
        }
        SpilledList.Writer<SessionResult> sessions = SpilledList.spillOf(result.sessions())
                .writer("sessions-masked.smile", ResultCodec.SESSIONS, ResultCodec::size);
        SessionLocators forSessions = new SessionLocators(result);
        for (SessionResult s : result.sessions()) {
            local = inOrder ? forSessions.of(s.id(), s) : Set.of();
            sessions.add(session(s));
        }
        SpilledList.Writer<Finding> findings = SpilledList.spillOf(result.findings())
                .writer("findings-masked.smile", ResultCodec.FINDINGS, ResultCodec::size);
        SessionLocators forFindings = new SessionLocators(result);
        for (Finding f : result.findings()) {
            local = inOrder ? forFindings.of(f.sessionId(), null) : Set.of();
            findings.add(finding(f));
        }
        SpilledList.Writer<SuppressedFinding> suppressed = SpilledList.spillOf(result.suppressed())
                .writer("suppressed-masked.smile", ResultCodec.SUPPRESSED, ResultCodec::size);
        for (SuppressedFinding s : result.suppressed()) {
            Set<String> own = new java.util.HashSet<>();
            findingLocators(s.finding(), own::add);
            local = own;
            suppressed.add(new SuppressedFinding(finding(s.finding()), s.by(), mask(s.reason()), s.origin()));
        }
        local = Set.of();
        List<Suppression> unused = result.unusedSuppressions().stream()
                .map(s -> new Suppression(s.checkId(), s.session(), s.fingerprint(), mask(s.reason()), s.origin()))
                .toList();
        List<ImportProblem> problems = result.problems().stream()
                .map(p -> new ImportProblem(p.at(), mask(p.message()), p.wholeInput()))
                .toList();
        return new AnalysisResult(result.version(), result.inputs(), result.skipped(), problems, sessions.finish(),
                findings.finish(), result.checks(), suppressed.finish(), unused, result.baseline(), true);
    }

    /**
     * Adds every session id of the run to the run's structural ids, and tells whether the sessions and
     * the findings are both in session order (as the analysis writes them).
     */
    private boolean sortedBySession(AnalysisResult result) {
        boolean sorted = true;
        String last = null;
        for (SessionResult session : result.sessions()) {
            addStructural(session.id());
            sorted &= last == null || last.compareTo(session.id()) < 0;
            last = session.id();
        }
        last = null;
        for (Finding f : result.findings()) {
            addStructural(f.sessionId());
            sorted &= last == null || last.compareTo(f.sessionId()) <= 0;
            last = f.sessionId();
        }
        return sorted;
    }

    private static void sessionLocators(SessionResult session, java.util.function.Consumer<String> to) {
        addStructural(session.id(), to);
        addStructural(session.source().locator(), to);
        session.timeline().forEach(step -> addStructural(step.source().locator(), to));
    }

    private static void findingLocators(Finding f, java.util.function.Consumer<String> to) {
        addStructural(f.sessionId(), to);
        addStructural(f.location().locator(), to);
        f.evidence().forEach(e -> addStructural(e.source().locator(), to));
    }

    /**
     * The structural ids of one session at a time: its steps' locators and its findings' locators,
     * read from the two lists (both in session order) as the session ids asked for rise.
     */
    private static final class SessionLocators {
        private final List<SessionResult> sessions;
        private final List<Finding> findings;
        private int nextSession;
        private int nextFinding;
        private String id;
        private Set<String> ids = Set.of();

        SessionLocators(AnalysisResult result) {
            this.sessions = result.sessions();
            this.findings = result.findings();
        }

        /**
         * The ids of session {@code sessionId}, asked in rising order of session id; {@code session} is
         * its result when the caller holds it, else null (looked up in the list).
         */
        Set<String> of(String sessionId, SessionResult session) {
            if (sessionId.equals(id)) {
                return ids;
            }
            id = sessionId;
            Set<String> out = new java.util.HashSet<>();
            if (session != null) {
                sessionLocators(session, out::add);
            } else {
                while (nextSession < sessions.size() && sessions.get(nextSession).id().compareTo(sessionId) < 0) {
                    nextSession++;
                }
                if (nextSession < sessions.size() && sessions.get(nextSession).id().equals(sessionId)) {
                    sessionLocators(sessions.get(nextSession), out::add);
                }
            }
            while (nextFinding < findings.size() && findings.get(nextFinding).sessionId().compareTo(sessionId) < 0) {
                nextFinding++;
            }
            for (int i = nextFinding; i < findings.size() && findings.get(i).sessionId().equals(sessionId); i++) {
                findingLocators(findings.get(i), out::add);
            }
            ids = out;
            return ids;
        }
    }

    private SessionResult session(SessionResult s) {
        Verdict v = s.verdict();
        Verdict verdict = new Verdict(v.kind(), mask(v.reason()), v.rootCause(), v.chain().stream()
                .map(link -> new Verdict.ChainLink(link.step(), mask(link.description()), link.location()))
                .toList());
        List<TimelineStep> timeline = new ArrayList<>();
        for (TimelineStep step : s.timeline()) {
            Optional<TimelineStep.StateDiff> diff = step.diff().map(d -> new TimelineStep.StateDiff(mask(d.namespace()),
                    d.sinceStep(), d.changes().stream().map(c -> new TimelineStep.StateChange(mask(c.path()), c.kind(),
                            mask(c.before()), mask(c.after()))).toList(), d.omitted()));
            timeline.add(new TimelineStep(step.index(), step.kind(), mask(step.agent()), mask(step.summary()),
                    step.source(), step.context(), step.failed(), diff, step.facts().stream().map(this::mask).toList()));
        }
        return new SessionResult(s.id(), mask(s.principal()), s.outcome(), mask(s.failure()), s.steps(),
                s.modelCalls(), s.source(), verdict, timeline);
    }

    private Finding finding(Finding f) {
        List<Evidence> evidence = f.evidence().stream()
                .map(e -> new Evidence(mask(e.label()), mask(e.excerpt()), e.source(), e.step()))
                .toList();
        return new Finding(f.checkId(), f.severity(), f.sessionId(), f.step(), f.location(), mask(f.message()),
                evidence, f.fingerprint());
    }

    private String maskFor(String kind, String normalised) {
        return masks.computeIfAbsent(kind + '\u0000' + normalised,
                k -> "[" + kind + "-" + counters.merge(kind, 1, Integer::sum) + "]");
    }

    private static boolean isMask(String value) {
        return value.startsWith("[");
    }

    /** A credential-looking word: has a digit, or both cases (not an ordinary word after "basic"). */
    private static boolean mixed(String value) {
        boolean digit = value.chars().anyMatch(Character::isDigit);
        boolean upper = value.chars().anyMatch(Character::isUpperCase);
        boolean lower = value.chars().anyMatch(Character::isLowerCase);
        return digit || upper && lower;
    }

    /**
     * A long random token: digits, upper- and lower-case letters, and high entropy. Lower-case
     * names (model names, slugs) and hex (hashes, span ids) are left alone.
     */
    private static boolean randomToken(String value) {
        boolean digit = value.chars().anyMatch(Character::isDigit);
        boolean upper = value.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
        boolean lower = value.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        return digit && upper && lower && Identifiers.entropy(value) >= Identifiers.TOKEN_MIN_ENTROPY;
    }

    private static int digits(String value) {
        return (int) value.chars().filter(Character::isDigit).count();
    }

    private static String digitsOnly(String value) {
        return NOT_DIGIT.matcher(value).replaceAll("");
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * One kind of sensitive value.
     *
     * @param kind      the mask's name
     * @param pattern   where it is
     * @param group     the group masked (0: the whole match), so a label such as "Bearer " stays readable
     * @param normalise the value two spellings of the same thing share
     * @param accept    a check that rules out look-alikes (Luhn for cards, mixed case for tokens)
     * @param may       false when the text cannot hold a match (no digits for a card, no "@" for an
     *                  e-mail address): most texts are ruled out without running the pattern
     */
    private record Rule(String kind, Pattern pattern, int group, Function<String, String> normalise,
                        Predicate<String> accept, Predicate<Stats> may) {

        String apply(String text, Redactor redactor) {
            Matcher m = pattern.matcher(text);
            StringBuilder out = null;
            int last = 0;
            while (m.find()) {
                String value = m.group(group);
                if (value == null || !accept.test(value) || redactor.structural(value)) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, m.start(group)).append(redactor.maskFor(kind, normalise.apply(value)));
                last = m.end(group);
            }
            if (out == null) {
                return text;
            }
            return out.append(text, last, text.length()).toString();
        }
    }
}
