package dev.coroner.checks.retrieval;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.ContentWords;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Document;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A retrieval whose items all share almost nothing with its query. The measure is query coverage:
 * the share of the query's distinct content words ({@link ContentWords}) that appear in the item.
 * An item is off topic below {@value #MAX_OFF_TOPIC_COVERAGE}; the retrieval is reported only when
 * every item is, so one weak hit in an otherwise relevant top-k is not a finding. Queries with fewer
 * than {@value #MIN_QUERY_WORDS} content words and items with fewer than {@value #MIN_ITEM_WORDS}
 * are too short to judge, and a retrieval with such an item is left alone; so are empty queries.
 */
public final class OffTopicCheck implements Check {

    static final Heuristic.Ratio MAX_OFF_TOPIC_COVERAGE = new Heuristic.Ratio("max-off-topic-coverage",
            "An item covering less than this share of the query's content words is off topic.",
            0.2);

    static final Heuristic.Limit MIN_QUERY_WORDS = new Heuristic.Limit("min-query-words",
            "Fewest content words a query needs to be judged.",
            3, "content words");

    static final Heuristic.Limit MIN_ITEM_WORDS = new Heuristic.Limit("min-item-words",
            "Fewest content words an item needs to be judged.",
            3, "content words");

    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many items are shown as evidence.",
            3, "items");

    private static final CheckInfo INFO = new CheckInfo(
            "retrieval.off-topic",
            "Every retrieved item is unrelated to the query",
            Severity.MEDIUM,
            "0.1.0",
            """
            The lookup returned items, but none of them is about what was asked: each one contains less than
            20% of the query's content words (stop words removed, plurals and -ing/-ed forms folded). The
            model now has a context full of plausible but irrelevant text and either ignores it or, worse,
            answers from it. Typical causes: the wrong index or namespace, an embedding model that differs
            between indexing and querying, a query built from the wrong variable (an id instead of the
            question), or a similarity threshold of zero that always returns the top-k. Queries with fewer
            than three content words and items with fewer than three are not judged.
            """,
            """
            Log and check the query the retriever actually received. Set a similarity floor so that nothing
            is returned rather than noise, and treat an empty result explicitly. Use the same embedding
            model and index version for writing and reading, and test retrieval with known question/answer
            pairs.
            """,
            """
            Step 3 queries policy-kb with "refund window for opened electronics" and gets back three items
            about office opening hours and parking, none mentioning refunds, windows or electronics.
            """,
            List.of(MAX_OFF_TOPIC_COVERAGE, MIN_QUERY_WORDS, MIN_ITEM_WORDS, EVIDENCE_LIMIT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        for (Step step : facts.session().steps()) {
            if (!(step instanceof Retrieval retrieval) || retrieval.query().isBlank()
                    || !retrieval.error().isBlank() || retrieval.documents().isEmpty()) {
                continue;
            }
            Set<String> query = ContentWords.of(retrieval.query());
            List<String> texts = retrieval.documents().stream().map(Document::content).toList();
            int[] shared = sharedWords(query, texts);
            if (shared != null && allOffTopic(query, shared)) {
                List<Scored> scored = new ArrayList<>();
                for (int i = 0; i < shared.length; i++) {
                    scored.add(new Scored(retrieval.documents().get(i), shared[i]));
                }
                report(context, retrieval, query.size(), scored);
            }
        }
    }

    /**
     * True when every item shares almost nothing with the query: the judgement above, for any lookup's
     * items (a tool's ranked fragments as well as a retrieval's documents). False when the query or an
     * item is too short to judge.
     */
    static boolean offTopic(String query, List<String> items) {
        Set<String> words = ContentWords.of(query);
        int[] shared = sharedWords(words, items);
        return shared != null && allOffTopic(words, shared);
    }

    /** The query words each item holds; null when the query or an item is too short to judge, or there are none. */
    private static int[] sharedWords(Set<String> query, List<String> items) {
        if (query.size() < MIN_QUERY_WORDS.value() || items.isEmpty()) {
            return null;
        }
        int[] shared = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Set<String> words = ContentWords.of(items.get(i));
            if (words.size() < MIN_ITEM_WORDS.value()) {
                return null;
            }
            shared[i] = ContentWords.shared(query, words).size();
        }
        return shared;
    }

    private static boolean allOffTopic(Set<String> query, int[] shared) {
        return java.util.Arrays.stream(shared).allMatch(n -> (double) n / query.size() < MAX_OFF_TOPIC_COVERAGE.value());
    }

    private record Scored(Document document, int shared) {
    }

    private static void report(CheckContext context, Retrieval retrieval, int queryWords, List<Scored> scored) {
        String store = retrieval.store().isEmpty() ? "" : " from " + retrieval.store();
        int most = scored.stream().mapToInt(Scored::shared).max().orElse(0);
        CheckContext.Draft draft = context.at(retrieval, "None of the " + scored.size() + " item"
                        + (scored.size() == 1 ? "" : "s") + " retrieved" + store + " at step " + retrieval.index()
                        + " is about the query: the best shares " + most + " of its " + queryWords + " content words")
                .key(retrieval.store() + "\n" + retrieval.query())
                .evidence("query", retrieval.query(), retrieval.source());
        for (Scored s : scored.subList(0, Math.min(EVIDENCE_LIMIT.value(), scored.size()))) {
            String id = s.document().id().isEmpty() ? "item" : "item " + s.document().id();
            draft.evidence(id + " (shares " + s.shared() + " of " + queryWords + ")", s.document().content(),
                    retrieval.source());
        }
        draft.report();
    }
}
