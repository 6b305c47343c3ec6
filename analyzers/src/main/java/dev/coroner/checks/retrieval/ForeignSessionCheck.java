package dev.coroner.checks.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.CrossSessionIndex;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Document;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Retrieved items whose metadata says they belong to someone else. Only top-level metadata keys
 * are read; names are compared without case, '_', '-' or '.'. Owner keys: principal, principal_id,
 * user, user_id, owner, owner_id, tenant, tenant_id. Session keys: session, session_id, thread,
 * thread_id, conversation, conversation_id. An item is foreign when an owner key names another
 * principal, or, when no owner key names this session's own, a session key names another session
 * of this run that acts for a different principal (an item naming only an unknown session may be
 * an earlier session of the same user, which the dump cannot tell). {@link Owners} says when a value
 * names the session's own principal and when it names another one.
 */
public final class ForeignSessionCheck implements Check {

    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many foreign items are shown as evidence.",
            3, "items");

    private static final Heuristic.Phrases OWNER_KEYS = new Heuristic.Phrases("owner-keys",
            "Top-level metadata keys that name an item's owner, compared without case, '_', '-' or '.'.",
            List.of("principal", "principalid", "user", "userid", "owner", "ownerid", "tenant", "tenantid"));

    private static final Heuristic.Phrases SESSION_KEYS = new Heuristic.Phrases("session-keys",
            "Top-level metadata keys that name an item's session, compared the same way.",
            List.of("session", "sessionid", "thread", "threadid", "conversation", "conversationid"));

    private static final CheckInfo INFO = new CheckInfo(
            "retrieval.foreign-session",
            "Retrieved items belong to another session or user",
            Severity.CRITICAL,
            "0.1.0",
            """
            A memory, history or document lookup returned items whose own metadata names a different user,
            tenant or session than the one the run acts for. The store handed one user's data to another
            user's agent: a query without a principal filter, a cache keyed only by the query text, a
            memory namespace shared by mistake. It is a privacy incident, and the agent now reasons from
            facts about someone else. Owner keys read: principal, user, user_id, owner, owner_id, tenant,
            tenant_id (any case, with or without '_' or '-'); session keys: session, session_id, thread,
            thread_id, conversation, conversation_id. A value such as "shared", "public" or "global" is
            nobody's. A value that differs from the session's principal counts only when it is another
            principal of the run or written like one (user-99 beside user-42, two e-mail addresses, two
            numbers), so an author field such as "docs-team" is not mistaken for an owner.
            """,
            """
            Filter every memory and retrieval query by principal (and tenant) in the store itself, not in
            the prompt, and make the filter mandatory in the retrieval client. Check the owner of each
            returned item before it enters the context. Purge or re-key the leaked entries and treat the
            leak as your incident policy requires.
            """,
            """
            Session s-202 acts for tenant-acme/user-42. At step 3 a memory lookup for "shipping preferences"
            returns an item with metadata {"user_id": "user-17"}: "Prefers delivery to 14 Harbour Road,
            leave with the neighbour". The agent offers to ship to user-17's address.
            """,
            List.of(EVIDENCE_LIMIT, OWNER_KEYS, SESSION_KEYS, Owners.NOBODY, Owners.SEGMENT, Owners.SEPARATORS,
                    Owners.NUMBER, Owners.EMAIL, Owners.UUID));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        for (Step step : session.steps()) {
            if (step instanceof Retrieval retrieval) {
                List<Foreign> foreign = new ArrayList<>();
                for (Document document : retrieval.documents()) {
                    foreignOwner(document, session, context.index()).ifPresent(owner ->
                            foreign.add(new Foreign(document, owner)));
                }
                if (!foreign.isEmpty()) {
                    report(context, session, retrieval, foreign);
                }
            }
        }
    }

    /** Why an item is someone else's: the metadata key and value, and what is known about that owner. */
    private record Owner(String key, String value, String note) {
    }

    private record Foreign(Document document, Owner owner) {
    }

    private static Optional<Owner> foreignOwner(Document document, Session session, CrossSessionIndex index) {
        Owner foreignPrincipal = null;
        boolean ownPrincipal = false;
        Owner foreignSession = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.metadata().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode node = field.getValue();
            if (!node.isTextual() && !node.isNumber()) {
                continue;
            }
            String value = node.asText().strip();
            String key = normalise(field.getKey());
            if (value.isEmpty() || Owners.isNobodys(value)) {
                continue;
            }
            if (OWNER_KEYS.phrases().contains(key) && session.hasPrincipal()) {
                if (Owners.namesOwn(value, session.principal())) {
                    ownPrincipal = true;
                } else if (Owners.isAnotherPrincipal(value, session.principal(), index.principals())) {
                    Optional<String> known = Owners.runPrincipalNamed(value, session.principal(), index.principals());
                    foreignPrincipal = foreignPrincipal != null ? foreignPrincipal
                            : new Owner(field.getKey(), value, known.map(p -> p.equals(value)
                                    ? "the principal of another session in this run"
                                    : "principal " + p + " of another session in this run")
                                    .orElse("not this session's principal"));
                }
            } else if (SESSION_KEYS.phrases().contains(key) && !value.equals(session.id()) && session.hasPrincipal()) {
                Optional<String> other = index.principalOfSession(value);
                if (other.isPresent() && !other.get().isEmpty() && !Owners.namesOwn(other.get(), session.principal())) {
                    foreignSession = foreignSession != null ? foreignSession
                            : new Owner(field.getKey(), value, "a session of " + other.get() + " in this run");
                }
            }
        }
        if (foreignPrincipal != null) {
            return Optional.of(foreignPrincipal);
        }
        return ownPrincipal ? Optional.empty() : Optional.ofNullable(foreignSession);
    }

    private static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(".", "");
    }

    private static void report(CheckContext context, Session session, Retrieval retrieval, List<Foreign> foreign) {
        String store = retrieval.store().isEmpty() ? "" : " from " + retrieval.store();
        Owner first = foreign.get(0).owner();
        Set<String> values = new TreeSet<>();
        foreign.forEach(f -> values.add(f.owner().key() + "=" + f.owner().value()));
        CheckContext.Draft draft = context.at(retrieval, "Retrieval" + store + " at step " + retrieval.index()
                        + " returned " + foreign.size() + " of " + retrieval.documents().size() + " item"
                        + (retrieval.documents().size() == 1 ? "" : "s") + " owned by someone else: "
                        + first.key() + " \"" + first.value() + "\" (" + first.note() + "), but this session acts for "
                        + session.principal())
                .key(retrieval.store() + "\n" + String.join("\n", values));
        if (!retrieval.query().isEmpty()) {
            draft.evidence("query", retrieval.query(), retrieval.source());
        }
        for (Foreign f : foreign.subList(0, Math.min(EVIDENCE_LIMIT.value(), foreign.size()))) {
            String id = f.document().id().isEmpty() ? "item" : "item " + f.document().id();
            draft.evidence(id + " (" + f.owner().key() + ": " + f.owner().value() + ")", f.document().content(),
                    retrieval.source());
        }
        draft.report();
    }
}
