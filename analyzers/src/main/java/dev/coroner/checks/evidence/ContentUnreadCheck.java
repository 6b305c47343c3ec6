package dev.coroner.checks.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session in which no model call was recognised while its steps carry large text under attributes
 * coroner does not read: the producer's dialect (an instrumentation library, an observability SDK)
 * put the prompt and the answer where no importer looks. One finding per session, naming the
 * attribute keys, so that the session is inconclusive rather than clean and the user sees what
 * could not be read.
 */
public final class ContentUnreadCheck implements Check {

    static final Heuristic.Limit LARGE = new Heuristic.Limit("large",
            "Characters from which an attribute's value counts as content rather than metadata.",
            200, "characters");

    static final Heuristic.Limit KEYS_LIMIT = new Heuristic.Limit("keys-limit",
            "How many attribute keys the message names.",
            5, "keys");

    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many steps carrying unread text are listed as evidence.",
            3, "steps");

    private static final CheckInfo INFO = new CheckInfo(
            "evidence.content-unread",
            "No model call recognised, while attributes carry large text",
            Severity.MEDIUM,
            "0.1.0",
            """
            Instrumentation libraries and observability SDKs each write model calls in their own dialect on
            top of OpenTelemetry or their own run format. When coroner recognises no model call in a session
            whose spans carry long text under other attributes, the prompts and answers are there but unread:
            no check can see what the model was given, and calling the session clean would be a guess. The
            finding names the attribute keys that carry the text, so the gap can be closed.
            """,
            """
            Check `coroner formats` for the dialects coroner reads and compare with the keys named. If your
            producer is not listed, export with the OpenTelemetry GenAI semantic conventions
            (gen_ai.input.messages / gen_ai.output.messages), or convert the trace to coroner JSONL.
            """,
            """
            A session of twelve spans from an observability SDK coroner does not read: no model call is
            recognised, and three spans carry 2,000 characters each under `acme.llm.prompt`.
            """,
            List.of(LARGE, KEYS_LIMIT, EVIDENCE_LIMIT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        if (!facts.modelCalls().isEmpty() || facts.session().steps().stream()
                .anyMatch(s -> s instanceof MessageStep || s instanceof StateSnapshot)) {
            return; // model calls, a transcript's messages or a state were read: there is something to judge
        }
        Map<String, Integer> spans = new LinkedHashMap<>();
        Map<String, Integer> longest = new LinkedHashMap<>();
        List<Step> carriers = new ArrayList<>();
        Map<Step, String> excerpt = new LinkedHashMap<>();
        for (Step step : facts.session().steps()) {
            if (!(step instanceof NodeStep node)) {
                continue;
            }
            for (Map.Entry<String, JsonNode> attribute : node.attributes().entrySet()) {
                String text = attribute.getValue().isTextual() ? attribute.getValue().asText()
                        : attribute.getValue().isContainerNode() ? attribute.getValue().toString() : "";
                if (attribute.getKey().startsWith("coroner.") || text.length() < LARGE.value()) {
                    continue;
                }
                spans.merge(attribute.getKey(), 1, Integer::sum);
                longest.merge(attribute.getKey(), text.length(), Math::max);
                if (!excerpt.containsKey(step)) {
                    carriers.add(step);
                    excerpt.put(step, attribute.getKey() + ": " + text);
                }
            }
        }
        if (spans.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(spans.keySet());
        keys.sort((a, b) -> longest.get(b) - longest.get(a));
        List<String> named = keys.subList(0, Math.min(KEYS_LIMIT.value(), keys.size())).stream()
                .map(k -> k + " (" + spans.get(k) + " step" + (spans.get(k) == 1 ? "" : "s") + ", up to "
                        + longest.get(k) + " characters)").toList();
        CheckContext.Draft draft = context.at(carriers.get(0), "No model call was recognised in this session, while "
                        + carriers.size() + " of its steps carry large text under attributes coroner does not read: "
                        + String.join(", ", named)
                        + (keys.size() > KEYS_LIMIT.value() ? " and " + (keys.size() - KEYS_LIMIT.value()) + " more" : "")
                        + "; the producer's dialect may not be read (see coroner formats)")
                .key("content-unread");
        for (Step step : carriers.subList(0, Math.min(EVIDENCE_LIMIT.value(), carriers.size()))) {
            draft.evidence("step " + step.index() + " (" + ((NodeStep) step).name() + ")",
                    Excerpts.cut(excerpt.get(step)), step);
        }
        draft.report();
    }
}
