package dev.coroner.checks.evidence;

import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.trace.Document;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payloads of a session that a producer may have cut or masked: message texts (at the step
 * that introduced them), tool arguments, retrieved documents, and the marks importers set from the
 * source's own metadata. Shared by the truncation and redaction checks.
 */
final class Payloads {

    /** One place where a marker was seen. */
    record Hit(Step step, String what, String text, String marker) {
    }

    private Payloads() {
    }

    /**
     * Every payload of the session whose text matches {@code marker}, plus every step carrying
     * the importer mark {@code attribute}; ordered by step, at most one hit per step and payload.
     */
    static List<Hit> find(SessionFacts facts, Pattern marker, String attribute) {
        Session session = facts.session();
        List<Hit> hits = new ArrayList<>();
        for (Step step : session.steps()) {
            var mark = step.attributes().get(attribute);
            if (mark != null) {
                hits.add(new Hit(step, "the source", mark.isTextual() ? mark.asText() : mark.toString(),
                        mark.isTextual() ? mark.asText() : mark.toString()));
            }
            if (step instanceof ToolCall call) {
                match(hits, step, "arguments of " + call.tool(), JsonValues.text(call.arguments()), marker);
            } else if (step instanceof Retrieval retrieval) {
                for (Document doc : retrieval.documents()) {
                    match(hits, step, "document" + (doc.id().isEmpty() ? "" : " " + doc.id()), doc.content(), marker);
                }
            }
        }
        for (Message message : session.messages()) {
            Step step = session.step(message.introducedAt());
            match(hits, step, message.role() + " message", message.text(), marker);
            for (ToolInvocation call : message.toolCalls()) {
                match(hits, step, "arguments of " + call.name(), JsonValues.text(call.arguments()), marker);
            }
        }
        hits.sort(Comparator.comparingInt(h -> h.step().index()));
        return hits;
    }

    private static void match(List<Hit> hits, Step step, String what, String text, Pattern marker) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Matcher m = marker.matcher(text);
        if (m.find()) {
            hits.add(new Hit(step, what, text, m.group()));
        }
    }
}
