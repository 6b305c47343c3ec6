package dev.coroner.checks.bleed;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.CrossSessionIndex;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A distinctive identifier that one principal's user typed appears in the session of another
 * principal, brought there by anything but that principal's own user: tool output, retrieval,
 * memory (also memory injected into a system message), state or model output. Identifiers that
 * are shared configuration (in the system prompts of several principals, or in the owner's own
 * system prompt), typed by the session's own user, or typed by users of more than one principal
 * are not owned by anyone in particular and are left alone.
 */
public final class ForeignIdentifierCheck implements Check {

    private static final Heuristic.Regex ID_SUFFIX = new Heuristic.Regex("id-suffix",
            "A reference ending that names the field of an id (employee_id, customerId, order_no, ticket-ref): "
                    + "a record answers a lookup by it under the name before it (\"employee\").",
            Pattern.compile(
            "(?:[_-]?(?:id|ID|no|No|nr|ref|Ref|number|Number|key)|(?<=[a-z])(?:Id|No|Nr|Ref|Number|Key))$"));

    private static final Heuristic.Limit MIN_STEM_CHARS = new Heuristic.Limit("min-stem-chars",
            "Fewest characters before such an ending for the key to name a thing.",
            2, "characters");

    private static final Heuristic.Regex KEY_VALUE = new Heuristic.Regex("key-value",
            "A key word and the value with a digit written after it: \"Personalnummer 10472\", \"account: "
                    + "AC-7781\", \"employee no. 50213\".",
            Pattern.compile(
            "(?iu)(?<![\\p{L}\\d_])(\\p{L}[\\p{L}_]{2,})\\s*(?:[:#]|nr\\.?|no\\.?)?\\s*([A-Za-z0-9][A-Za-z0-9_/-]*\\d[A-Za-z0-9_/-]*)"));

    private static final Heuristic.Limit MIN_PRINCIPAL_CHARS = new Heuristic.Limit("min-principal-chars",
            "Shortest principal id (with a digit, without spaces) followed when another session names it.",
            5, "characters");

    private static final Heuristic.Limit NATIONAL_DIGITS = new Heuristic.Limit("national-digits",
            "A phone number is the user's own when the session's user typed its last this many digits (in any "
                    + "grouping): the national number an agent wrote with its country code (612 448 390 as +34 612 448 390).",
            9, "digits");

    /** Fewest digits of a principal's number followed into the id fields of records. */
    private static final Heuristic.Limit PRINCIPAL_NUMBER_DIGITS = new Heuristic.Limit("principal-number-digits",
            "Fewest digits of the number in a principal id of a short prefix and a number (ma-1184, emp_20931) "
                    + "that, as the id field of a record in another principal's session (\"personalnummer\": \"1184\"), "
                    + "shows that principal's record was read there.", 4, "digits");

    private static final Heuristic.Regex NUMBERED_PRINCIPAL = new Heuristic.Regex("numbered-principal",
            "A principal id of a short prefix of letters and a number (ma-1184, emp_20931, c7731), whose number "
                    + "alone can stand for it in a record.",
            Pattern.compile("\\p{L}{1,4}[-_.:]?(\\d+)"));

    private static final Heuristic.Regex NUMBER_WORD = new Heuristic.Regex("number-word",
            "Words that end the name of a field holding a number that identifies someone (Personalnummer, "
                    + "numero_socio, member_number), beside the id endings.",
            Pattern.compile("(?i).*(?:nummer|number|numero|número|num)$"));

    private static final CheckInfo INFO = new CheckInfo(
            "bleed.foreign-identifier",
            "One user's identifier appears in another user's session",
            Severity.CRITICAL,
            "0.1.0",
            """
            An e-mail address, phone number, account or order id, or a long token that one user supplied
            shows up in the context or output of a session that acts for a different user. Shared caches,
            memory stores keyed by the wrong id, a reused thread id, or a retrieval index without tenant
            filters leak one user's data into another user's conversation. It is a privacy incident, and
            the wrong data also poisons the second user's run. The same personal identifier (an e-mail
            address, a phone number, an IBAN) returned to lookups made for two different users, typed by
            neither, means one of them was given the other's record; the trace does not say which, so both
            sessions get it at medium; so does a lookup made for one user (its arguments name that user)
            whose whole answer, record ids and all, is what the same tool answered to a lookup for another
            user, unless the record names one of them. A lookup that asked for one record (account_id
            acct_2Lm9BS) and was answered, under the same key or the name of what it refers to (employee_id
            asked, employee answered), with an identifier that belongs to one other
            user (acct_7Hq2NW, named in that user's prompt or returned by that user's lookup) is high: the
            cache or store served this user the other's record; so is a key value another user's own calls
            looked things up by ("Personalnummer 10472") written after that key in a note or record this
            session was given. An id of another user's record (returned by that user's own tool)
            that this session holds without ever having looked it up — through a memory, a shared store or a
            prompt — is reported at high; so is the number of another user's id (ma-1184) as the id field of
            a record ("personalnummer": "1184") this session was given without asking for it.
            """,
            """
            Key every memory, cache and retrieval query by principal as well as by session, and enforce
            it in the store (row-level filters), not in the prompt. Never reuse thread or session ids
            across users. Purge the leaked entries and notify as your incident policy requires.
            """,
            """
            Alice types "my email is alice.w@example.com" in session s-101. In session s-202, acting for Bob,
            a memory lookup returns "Customer alice.w@example.com prefers express shipping", and the model
            repeats Alice's address to Bob.
            """,
            List.of(ID_SUFFIX, MIN_STEM_CHARS, KEY_VALUE, MIN_PRINCIPAL_CHARS, NATIONAL_DIGITS, PRINCIPAL_NUMBER_DIGITS,
                    NUMBERED_PRINCIPAL, NUMBER_WORD, SharedHeuristics.IDENTIFIERS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        if (!session.hasPrincipal()) {
            return;
        }
        Set<String> ownUser = new HashSet<>();
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            if (occurrence.origin() == SessionFacts.Origin.USER) {
                ownUser.add(occurrence.identifier().value());
            }
        }
        typedNationally(facts, ownUser);
        CrossSessionIndex index = context.index();
        Set<String> reported = new HashSet<>();
        principalIds(facts, context, index, reported);
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            String value = occurrence.identifier().value();
            if (occurrence.origin() == SessionFacts.Origin.USER || ownUser.contains(value)
                    || reported.contains(value) || index.sharedConfiguration(value)) {
                continue;
            }
            Set<String> owners = index.owners(value);
            if (owners.size() != 1 || owners.contains(session.principal())) {
                continue;
            }
            String ownerPrincipal = owners.iterator().next();
            if (index.inSystemPromptOf(value, ownerPrincipal)) {
                continue; // the owner's own prompt carries it: configuration the owner's user repeated
            }
            CrossSessionIndex.Owner owner = index.owner(value, ownerPrincipal).orElseThrow();
            reported.add(value);
            String kind = occurrence.identifier().kind().label();
            context.at(occurrence.step(), "The " + kind + " " + occurrence.identifier().asWritten()
                            + " of principal " + ownerPrincipal + " (session " + owner.sessionId()
                            + ") appears in this session of principal " + session.principal() + " at step "
                            + occurrence.step().index() + " (" + occurrence.step().kind() + ")")
                    .key(value + "\n" + ownerPrincipal)
                    .evidenceExcerpt("typed by " + ownerPrincipal + "'s user in session " + owner.sessionId()
                            + " step " + owner.step(), owner.excerpt(), owner.source())
                    .evidenceExcerpt("appears in session " + session.id() + " step " + occurrence.step().index(),
                            occurrence.excerpt(), occurrence.step())
                    .report();
        }
        java.util.Map<dev.coroner.trace.ToolResult, com.fasterxml.jackson.databind.JsonNode> answers =
                new java.util.HashMap<>();
        wrongRecord(facts, context, index, reported, answers);
        keyValuesNamed(facts, context, index, reported);
        recordsRead(facts, context, index, reported);
        sameAnswer(facts, context, index, reported);
        recordsGiven(facts, context, index, reported, ownUser);
        principalNumbers(facts, context, index, reported, answers);
    }

    /** The JSON a tool result holds ({@code null} when it holds none), parsed once per session. */
    private static com.fasterxml.jackson.databind.JsonNode answer(Session session, dev.coroner.trace.ToolResult result,
            java.util.Map<dev.coroner.trace.ToolResult, com.fasterxml.jackson.databind.JsonNode> answers) {
        if (!answers.containsKey(result)) {
            answers.put(result, dev.coroner.trace.TraceJson.tryParse(session.message(result.message()).text()));
        }
        return answers.get(result);
    }

    private static final java.util.regex.Pattern DIGIT_SEPARATOR = java.util.regex.Pattern.compile("(?<=\\d)[ .()-]+(?=\\d)");

    /**
     * Adds to {@code ownUser} the phone numbers of this session whose national part its own user typed
     * ("612 448 390", which the agent wrote as +34 612 448 390): the user's own, though not as written.
     */
    private static void typedNationally(SessionFacts facts, Set<String> ownUser) {
        List<String> typed = null;
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            String value = occurrence.identifier().value();
            if (occurrence.identifier().kind() != dev.coroner.analysis.text.Identifiers.Kind.PHONE
                    || ownUser.contains(value)) {
                continue;
            }
            if (typed == null) {
                typed = new ArrayList<>();
                for (dev.coroner.trace.Message message : facts.session().messages()) {
                    if (message.isUser()) {
                        typed.add(DIGIT_SEPARATOR.matcher(message.text()).replaceAll(""));
                    }
                }
            }
            String digits = value.replace("+", "");
            String national = digits.substring(Math.max(0, digits.length() - NATIONAL_DIGITS.value()));
            if (typed.stream().anyMatch(t -> t.contains(national))) {
                ownUser.add(value);
            }
        }
    }

    /**
     * An identifier that one other principal's own tool results brought into that principal's session
     * (a leave request, a claim, an account of theirs) and that this session holds without ever having
     * looked it up: no tool result of this session carries it and this session's user never typed it,
     * so a memory, a shared store or a prompt handed it over.
     */
    private static void recordsGiven(SessionFacts facts, CheckContext context, CrossSessionIndex index,
                                     Set<String> reported, Set<String> ownUser) {
        Session session = facts.session();
        Set<String> lookedUp = new HashSet<>();
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            if (occurrence.step() instanceof dev.coroner.trace.ToolResult) {
                lookedUp.add(occurrence.identifier().value());
            }
        }
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            String value = occurrence.identifier().value();
            if (occurrence.origin() == SessionFacts.Origin.USER || ownUser.contains(value) || lookedUp.contains(value)
                    || reported.contains(value) || index.sharedConfiguration(value) || !index.owners(value).isEmpty()
                    || occurrence.identifier().kind() == dev.coroner.analysis.text.Identifiers.Kind.TOKEN) {
                continue;
            }
            java.util.Map<String, CrossSessionIndex.Owner> owners = index.resultOwners(value);
            if (owners.size() != 1 || owners.containsKey(session.principal())) {
                continue;
            }
            CrossSessionIndex.Owner owner = owners.values().iterator().next();
            if (index.inSystemPromptOf(value, owner.principal())) {
                continue;
            }
            reported.add(value);
            context.at(occurrence.step(), "The " + occurrence.identifier().kind().label() + " "
                            + occurrence.identifier().asWritten() + " of a record of principal " + owner.principal()
                            + " (session " + owner.sessionId() + ") appears in this session of principal "
                            + session.principal() + " at step " + occurrence.step().index() + " ("
                            + occurrence.step().kind() + "), which never looked it up")
                    .severity(Severity.HIGH)
                    .key(value + "\nrecord\n" + owner.principal())
                    .evidenceExcerpt("returned by a tool in " + owner.principal() + "'s session " + owner.sessionId()
                            + " step " + owner.step(), owner.excerpt(), owner.source())
                    .evidenceExcerpt("appears in session " + session.id() + " step " + occurrence.step().index(),
                            occurrence.excerpt(), occurrence.step())
                    .report();
        }
    }

    /**
     * The names a record answers an argument's field under: the argument's own name and, for a
     * reference, the thing it names (a lookup by {@code employee_id} answered with
     * {@code "employee": "EMP-11873"}), and the reverse.
     */
    static List<String> sameField(String key) {
        java.util.regex.Matcher m = ID_SUFFIX.pattern().matcher(key);
        String stem = m.find() && m.start() >= MIN_STEM_CHARS.value() ? key.substring(0, m.start()) : key;
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(key);
        names.add(stem);
        names.add(stem + "_id");
        names.add(stem + "Id");
        return List.copyOf(names);
    }

    /**
     * A lookup for one record that answered with another's: a key argument ({@code account_id:
     * acct_2Lm9BS}, {@code matricula: 40988}) whose key the result holds with a different value, and no
     * field of that key with the one asked for ({@code account_id: acct_7Hq2NW}), where the value
     * answered belongs to one other principal (its own calls looked things up by it, its user typed
     * it, its tools returned it, its prompt names it). A cache or store keyed by something other than
     * the record served this principal the other's record.
     */
    private static void wrongRecord(SessionFacts facts, CheckContext context, CrossSessionIndex index,
                                    Set<String> reported,
            java.util.Map<dev.coroner.trace.ToolResult, com.fasterxml.jackson.databind.JsonNode> answers) {
        Session session = facts.session();
        for (SessionFacts.ExecutedCall call : facts.executedCalls()) {
            // A tool's one argument recorded as its bare value is the object the model asked for.
            com.fasterxml.jackson.databind.JsonNode arguments = call.result().isEmpty() ? null : facts.objectArguments(call);
            if (arguments == null) {
                continue;
            }
            dev.coroner.trace.ToolResult result = call.result().get();
            com.fasterxml.jackson.databind.JsonNode answer = answer(session, result, answers);
            if (answer == null || !answer.isContainerNode()) {
                continue;
            }
            for (java.util.Iterator<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it =
                 arguments.fields(); it.hasNext(); ) {
                java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> argument = it.next();
                String asked = CrossSessionIndex.lookupKey(argument.getKey(), argument.getValue());
                String askedId = identifier(argument.getValue());
                List<com.fasterxml.jackson.databind.JsonNode> fields = new ArrayList<>();
                for (String name : sameField(argument.getKey())) {
                    fields.addAll(answer.findValues(name));
                }
                if (asked == null && askedId == null || fields.isEmpty() || fields.stream().anyMatch(f ->
                        asked != null && asked.equals(CrossSessionIndex.lookupKey(argument.getKey(), f))
                                || askedId != null && askedId.equals(identifier(f)))) {
                    continue;
                }
                for (com.fasterxml.jackson.databind.JsonNode field : fields) {
                    String byKey = CrossSessionIndex.lookupKey(argument.getKey(), field);
                    String got = identifier(field);
                    String shown = field.asText();
                    if (byKey == null && got == null || reported.contains(shown)
                            || got != null && index.sharedConfiguration(got)) {
                        continue;
                    }
                    Set<String> others = new java.util.TreeSet<>();
                    if (byKey != null) {
                        others.addAll(index.owners(byKey));
                    }
                    if (got != null) {
                        others.addAll(index.owners(got));
                        others.addAll(index.resultOwnerPrincipals(got));
                        for (String principal : index.principals()) {
                            if (index.inSystemPromptOf(got, principal)) {
                                others.add(principal);
                            }
                        }
                    }
                    others.remove(session.principal());
                    if (others.size() != 1) {
                        continue;
                    }
                    String other = others.iterator().next();
                    reported.add(shown);
                    if (got != null) {
                        reported.add(got);
                    }
                    context.at(result, "The call of " + result.tool() + " at step " + result.index() + " asked for "
                                    + argument.getKey() + " " + argument.getValue().asText()
                                    + " and was answered with the record of " + shown + ", which belongs to principal "
                                    + other + (index.sessionOf(other).map(id -> " (session " + id + ")").orElse(""))
                                    + ", in this session of principal " + session.principal())
                            .severity(Severity.HIGH)
                            .key(shown + "\nwrong record\n" + other)
                            .evidence("asked for at step " + call.step().index(), argument.getKey() + ": "
                                    + argument.getValue().asText(), call.step())
                            .evidenceExcerpt("answered at step " + result.index(),
                                    dev.coroner.finding.Excerpts.around(session.message(result.message()).text(),
                                            shown), result)
                            .report();
                    break;
                }
            }
        }
    }

    /**
     * A key value that one other principal's own calls looked things up by ({@code personalnummer:
     * 10472}), written after that key in a text this session was given but its user did not type (a
     * note in the prompt, a record): another principal's record reached this session.
     */
    private static void keyValuesNamed(SessionFacts facts, CheckContext context, CrossSessionIndex index,
                                       Set<String> reported) {
        Session session = facts.session();
        StringBuilder typedText = new StringBuilder();
        for (dev.coroner.trace.Message message : session.messages()) {
            if (message.isUser()) {
                typedText.append(message.text()).append('\n');
            }
        }
        String typed = typedText.toString();
        for (dev.coroner.trace.Message message : session.messages()) {
            if (message.isUser()) {
                continue;
            }
            java.util.regex.Matcher m = KEY_VALUE.pattern().matcher(message.text());
            while (m.find()) {
                String value = m.group(2);
                String key = CrossSessionIndex.lookupKey(m.group(1),
                        com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
                if (key == null || reported.contains(value) || dev.coroner.analysis.text.Tokens.contains(typed, value)) {
                    continue;
                }
                Set<String> owners = index.owners(key);
                if (owners.size() != 1 || owners.contains(session.principal())) {
                    continue;
                }
                String other = owners.iterator().next();
                CrossSessionIndex.Owner owner = index.owner(key, other).orElseThrow();
                reported.add(value);
                dev.coroner.trace.Step step = session.step(message.introducedAt());
                context.at(step, "The " + m.group(1) + " " + value + " that principal " + other + "'s own calls looked"
                                + " things up by (session " + owner.sessionId() + ") appears in this session of principal "
                                + session.principal() + " at step " + step.index() + " (" + step.kind() + ")")
                        .severity(Severity.HIGH)
                        .key(key + "\nnamed\n" + other)
                        .evidenceExcerpt("looked up by in " + other + "'s session " + owner.sessionId() + " step "
                                + owner.step(), owner.excerpt(), owner.source())
                        .evidenceExcerpt("appears in session " + session.id() + " step " + step.index(),
                                dev.coroner.finding.Excerpts.around(message.text(), value), step)
                        .report();
            }
        }
    }

    /** The identifier a JSON scalar holds whole ("acct_2Lm9BS", "ORD-88231"), by value; null otherwise. */
    private static String identifier(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        List<dev.coroner.analysis.text.Identifiers.Found> found = dev.coroner.analysis.text.Identifiers.find(node.asText().strip());
        return found.size() == 1 && found.get(0).asWritten().equals(node.asText().strip())
                && found.get(0).kind() != dev.coroner.analysis.text.Identifiers.Kind.TOKEN ? found.get(0).value() : null;
    }

    /**
     * The same personal identifier (e-mail, phone, IBAN) returned to lookups made for two principals,
     * neither of whose users typed it: one of the two was given the other's record (a cache or a store
     * keyed by something other than the principal). Which one the trace does not say, so both sessions
     * get it at medium.
     */
    private static void recordsRead(SessionFacts facts, CheckContext context, CrossSessionIndex index,
                                    Set<String> reported) {
        Session session = facts.session();
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            String value = occurrence.identifier().value();
            if (!occurrence.identifier().kind().personal() || reported.contains(value)
                    || !index.owners(value).isEmpty() || index.sharedConfiguration(value)) {
                continue;
            }
            java.util.Map<String, CrossSessionIndex.Owner> readers = index.readers(value);
            CrossSessionIndex.Owner mine = readers.get(session.principal());
            if (mine == null || !mine.sessionId().equals(session.id()) || readers.size() != 2) {
                continue;
            }
            CrossSessionIndex.Owner other = readers.values().stream()
                    .filter(o -> !o.principal().equals(session.principal())).findFirst().orElseThrow();
            if (index.inSystemPromptOf(value, other.principal()) || index.inSystemPromptOf(value, session.principal())) {
                continue;
            }
            reported.add(value);
            String kind = occurrence.identifier().kind().label();
            dev.coroner.trace.Step at = session.step(mine.step());
            context.at(at, "The " + kind + " " + occurrence.identifier().asWritten() + " was returned to a lookup for"
                            + " principal " + session.principal() + " at step " + mine.step() + " and to a lookup for"
                            + " principal " + other.principal() + " (session " + other.sessionId() + " step "
                            + other.step() + "): one of the two was given the other's record")
                    .severity(dev.coroner.finding.Severity.MEDIUM)
                    .key(value + "\nread\n" + other.principal())
                    .evidenceExcerpt("returned for " + session.principal() + " in session " + session.id() + " step "
                            + mine.step(), mine.excerpt(), mine.source())
                    .evidenceExcerpt("returned for " + other.principal() + " in session " + other.sessionId() + " step "
                            + other.step(), other.excerpt(), other.source())
                    .report();
        }
    }

    /**
     * A lookup made for this principal (its arguments name the principal's id or an id its user typed)
     * whose whole answer, record ids and all, is what the same tool answered to a lookup made for
     * another principal: a cache or store keyed by something other than the principal served one of
     * them the other's record. Both sessions get it at medium, unless the record names one of the two
     * principals: then only the other one was given a record not its own.
     */
    private static void sameAnswer(SessionFacts facts, CheckContext context, CrossSessionIndex index,
                                   Set<String> reported) {
        Session session = facts.session();
        Set<String> seen = new HashSet<>();
        for (SessionFacts.ExecutedCall call : facts.executedCalls()) {
            if (call.result().isEmpty()) {
                continue;
            }
            dev.coroner.trace.ToolResult result = call.result().get();
            String key = CrossSessionIndex.answerKey(result.tool(), session.message(result.message()));
            java.util.Map<String, CrossSessionIndex.Owner> readers = index.readers(key);
            CrossSessionIndex.Owner mine = readers.get(session.principal());
            if (mine == null || mine.step() != result.index() || !mine.sessionId().equals(session.id())
                    || readers.size() != 2 || !seen.add(key)) {
                continue;
            }
            CrossSessionIndex.Owner other = readers.values().stream()
                    .filter(o -> !o.principal().equals(session.principal())).findFirst().orElseThrow();
            String answer = session.message(result.message()).text();
            if (reported.contains(other.principal())) {
                continue; // already reported: the answer names the other principal
            }
            if (dev.coroner.analysis.text.Tokens.contains(answer, session.principal())
                    && !dev.coroner.analysis.text.Tokens.contains(answer, other.principal())) {
                continue; // the record names this principal: it is the other one who was given it
            }
            context.at(result, "The call of " + result.tool() + " at step " + result.index() + ", made for principal "
                            + session.principal() + ", returned exactly what it returned to a call made for principal "
                            + other.principal() + " (session " + other.sessionId() + " step " + other.step()
                            + "): one of the two was given the other's record")
                    .severity(dev.coroner.finding.Severity.MEDIUM)
                    .key(key + "\nanswer\n" + other.principal())
                    .evidenceExcerpt("returned for " + session.principal() + " in session " + session.id() + " step "
                            + result.index(), mine.excerpt(), mine.source())
                    .evidenceExcerpt("returned for " + other.principal() + " in session " + other.sessionId() + " step "
                            + other.step(), other.excerpt(), other.source())
                    .report();
        }
    }

    /**
     * Another principal's own id (a user, customer, patient or account id the run names as a session's
     * principal) in this session's tool output, retrieved items, state (also values kept outside its
     * message lists) or model output: a record that
     * belongs to someone else was read for this principal. Only ids with a digit and five or more
     * characters are looked for, so a name such as "admin" is not.
     */
    private static void principalIds(SessionFacts facts, CheckContext context, CrossSessionIndex index,
                                     Set<String> reported) {
        Session session = facts.session();
        // State the run kept outside its messages (a profile channel, a memory value) counts too.
        java.util.Map<dev.coroner.trace.Step, String> stateTexts = new java.util.LinkedHashMap<>();
        for (dev.coroner.trace.Step s : session.steps()) {
            if (s instanceof dev.coroner.trace.StateSnapshot snapshot) {
                stateTexts.put(s, stateValues(snapshot.state()));
            }
        }
        // The session's words once; only principals whose id's longest run is one of them can be named.
        StringBuilder all = new StringBuilder();
        session.messages().stream().filter(m -> !m.isUser() && !m.isSystem())
                .forEach(m -> all.append(m.text()).append('\n'));
        stateTexts.values().forEach(text -> all.append(text).append('\n'));
        Set<String> runs = dev.coroner.analysis.text.Tokens.runs(all.toString());
        java.util.TreeSet<String> candidates = new java.util.TreeSet<>();
        for (String run : runs) {
            candidates.addAll(index.principalsWithRun(run));
        }
        for (String other : candidates) {
            if (other.equals(session.principal()) || other.length() < MIN_PRINCIPAL_CHARS.value() || other.contains(" ")
                    || other.chars().noneMatch(Character::isDigit) || index.sharedConfiguration(other)
                    || reported.contains(other)) {
                continue;
            }
            if (!dev.coroner.analysis.text.Tokens.mayContain(runs, other)) {
                continue;
            }
            dev.coroner.trace.Step step = null;
            String text = null;
            for (dev.coroner.trace.Message message : session.messages()) {
                if (!message.isUser() && !message.isSystem() && dev.coroner.analysis.text.Tokens.contains(message.text(), other)) {
                    step = session.step(message.introducedAt());
                    text = message.text();
                    break;
                }
            }
            if (step == null) {
                for (java.util.Map.Entry<dev.coroner.trace.Step, String> state : stateTexts.entrySet()) {
                    if (dev.coroner.analysis.text.Tokens.contains(state.getValue(), other)) {
                        step = state.getKey();
                        text = state.getValue();
                        break;
                    }
                }
            }
            if (step == null) {
                continue;
            }
            reported.add(other);
            String otherSession = index.sessionOf(other).orElse("");
            context.at(step, "The id of principal " + other + " (session " + otherSession + ") appears in this"
                            + " session of principal " + session.principal() + " at step " + step.index() + " ("
                            + step.kind() + "): a record of another principal was read for this one")
                    .key(other + "\nprincipal")
                    .evidenceExcerpt("appears in session " + session.id() + " step " + step.index(),
                            dev.coroner.finding.Excerpts.around(text, other), step)
                    .report();
        }
    }


    /**
     * The number of a principal whose id is a short prefix and that number (ma-1184), held as the id
     * field of a record a tool returned in another principal's session ("personalnummer": "1184"), when
     * nothing of this session asked for it: its user did not type it and no call named it. A store or
     * cache keyed by something else (the month of a payslip) served this principal the other's record.
     * A value another rule of this check already reported (a lookup answered with another key) is not
     * reported again.
     */
    private static void principalNumbers(SessionFacts facts, CheckContext context, CrossSessionIndex index,
                                         Set<String> reported,
            java.util.Map<dev.coroner.trace.ToolResult, com.fasterxml.jackson.databind.JsonNode> answers) {
        Session session = facts.session();
        String asked = null;
        for (dev.coroner.trace.Step step : session.steps()) {
            if (!(step instanceof dev.coroner.trace.ToolResult result)) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode tree = answer(session, result, answers);
            if (tree == null || !tree.isObject()) {
                continue;
            }
            for (java.util.Iterator<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = tree.fields();
                 it.hasNext(); ) {
                java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = it.next();
                String value = field.getValue().isValueNode() ? field.getValue().asText().strip() : "";
                if (value.length() < PRINCIPAL_NUMBER_DIGITS.value() || !value.chars().allMatch(Character::isDigit)
                        || reported.contains(value)
                        || !(ID_SUFFIX.pattern().matcher(field.getKey()).find() || NUMBER_WORD.pattern().matcher(field.getKey()).matches())) {
                    continue;
                }
                for (String other : index.principalsWithRun(value)) {
                    java.util.regex.Matcher numbered = NUMBERED_PRINCIPAL.pattern().matcher(other);
                    if (other.equals(session.principal()) || reported.contains(other) || !numbered.matches()
                            || !numbered.group(1).equals(value)) {
                        continue;
                    }
                    if (asked == null) {
                        StringBuilder text = new StringBuilder();
                        session.messages().stream().filter(m -> m.isUser()).forEach(m -> text.append(m.text()).append('\n'));
                        for (SessionFacts.ExecutedCall call : facts.executedCalls()) {
                            text.append(call.arguments()).append('\n');
                        }
                        asked = text.toString();
                    }
                    if (dev.coroner.analysis.text.Tokens.contains(asked, value)) {
                        continue;
                    }
                    reported.add(other);
                    String otherSession = index.sessionOf(other).orElse("");
                    context.at(result, "The number of principal " + other + " (session " + otherSession + ") is the "
                                    + field.getKey() + " of the record " + result.tool() + " returned at step "
                                    + result.index() + " in this session of principal " + session.principal()
                                    + ", which never asked for it: a record of another principal was read for this one")
                            .key(other + "\nprincipal")
                            .evidenceExcerpt("returned at step " + result.index(), dev.coroner.finding.Excerpts.around(
                                    session.message(result.message()).text(), value), result)
                            .report();
                }
            }
        }
    }

    /** The values a state holds outside its message lists, one per line. */
    private static String stateValues(com.fasterxml.jackson.databind.JsonNode state) {
        StringBuilder out = new StringBuilder();
        if (state != null && state.isObject()) {
            state.fields().forEachRemaining(f -> {
                if (dev.coroner.trace.StateMessage.lists(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode().set(f.getKey(), f.getValue())).isEmpty()) {
                    dev.coroner.trace.JsonValues.leaves(f.getValue()).forEach(v -> out.append(v).append('\n'));
                }
            });
        }
        return out.toString();
    }
}
