package dev.coroner.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.ToolNames;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.analysis.provenance.ValueKind;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * State kept through tools rather than a checkpointer: a record written with a save / update / store
 * call and read back later with a load / get / read call on the same record (the two tool names share
 * their noun, "save_draft" and "load_draft", and the read-back holds the record's id, as the write
 * named it or as the store answered the write, under an id key or as a value shaped like an id) comes back without fields the write set, while some
 * of the written fields are there (any when the read is named for the record the write named, half when it
 * is named for another view of it): it is the same record, not another view of it.
 */
public final class RecordFieldLostCheck implements Check {

    static final Heuristic.Regex UPDATE_KEY = new Heuristic.Regex("update-key",
            "Keys under which an update call names the fields it sets: those are the record's fields, and "
                    + "only they must come back.",
            Pattern.compile(
            "(?i)fields|changes|updates|data|patch|set|champs|modifications|campos|cambios|felder|aenderungen|änderungen"
                    + "|campi|modifiche|alteracoes|alterações|velden|wijzigingen"));

    static final Heuristic.Regex VERSION_KEY = new Heuristic.Regex("version-key",
            "Keys that hold a record's version or revision number: a read that serves an older version than "
                    + "the write was saved as lost what the write set.",
            Pattern.compile("(?i)version|rev|revision|_version|_rev|versao|versão|versión|revisione|revisión"));

    static final Heuristic.Limit MIN_WRITTEN_FIELDS = new Heuristic.Limit("min-written-fields",
            "Fewest fields a write must set for its record to be judged (unless the store acknowledged it with "
                    + "a version).",
            2, "fields");

    static final Heuristic.Limit MIN_VALUE_CHARS = new Heuristic.Limit("min-value-chars",
            "Shortest written value that, found in the read-back under another name, shows the field was "
                    + "renamed or moved by the store rather than lost.",
            4, "characters");

    static final Heuristic.Ratio MIN_SHARE_BACK = new Heuristic.Ratio("min-share-back",
            "Share of the written fields a full write's read-back must hold to be the same record, not another "
                    + "view of it, when the read is named for another view (get_trip_status after save_trip_draft); "
                    + "a read named for the record the write named needs one field back.",
            0.5);

    static final Heuristic.Limit MIN_HANDLE_CHARS = new Heuristic.Limit("min-handle-chars",
            "Shortest written text value that, passed back to a read, names the record by it (so a flag or a "
                    + "count is not taken for a key).",
            3, "characters");

    static final Heuristic.Limit MIN_EMBEDDED_FIELDS = new Heuristic.Limit("min-embedded-fields",
            "Fewest fields of a JSON object passed as text for it to be read as the record's own fields.",
            2, "fields");

    private static final CheckInfo INFO = new CheckInfo(
            "state.record-field-lost",
            "A record saved through a tool comes back without fields it was saved with",
            Severity.HIGH,
            "0.3.0",
            """
            Many agents keep state between turns in their own store, through tools: save_draft and
            load_draft, update_profile and get_profile. When the record read back lacks fields the agent
            wrote (a serializer that drops unknown keys, a schema that was not migrated, a store that keeps
            only some columns), the next turn acts without them, exactly as with a dropped checkpoint
            field: the wheelchair request, the delivery window, the spending limit are gone. Reported when
            the read is of the same record (it holds the id the write used, and the tool names share their
            noun) and some of the written fields came back: any of them when the read is named for the record
            the write named (memoire_lire after memoire_ecrire), at least half when it is named for another
            view of it (get_trip_status after save_trip_draft), so it is the record and not a summary;
            a field the store renamed or moved under a new schema counts as come back when its value did
            under a key the write did not set, on a read named for the same record (patient_memo_read after
            patient_memo_write). A field
            written with items (a list of three blocked days) that comes back under its own key as {}, []
            or null was emptied on the way (a JavaScript Set or Map through JSON.stringify), however few
            fields the write set, unless a later save of the record came first.
            """,
            """
            Validate records against one schema on write and on read, and fail the read when a field the
            schema requires is missing instead of returning a partial record. Round-trip test the store
            with every field the agent writes.
            """,
            """
            Step 4: save_trip_draft is called with {"draft_id": "TD-93417", "route": "LHR-JFK",
            "special_assistance": "WCHR"}. Step 11: load_trip_draft("TD-93417") returns {"draft_id":
            "TD-93417", "route": "LHR-JFK"}; the flight is booked with no assistance request.
            """,
            List.of(UPDATE_KEY, VERSION_KEY, MIN_WRITTEN_FIELDS, MIN_SHARE_BACK, MIN_VALUE_CHARS, MIN_HANDLE_CHARS, MIN_EMBEDDED_FIELDS,
                    SharedHeuristics.WRITE_TOOL_VERBS, SharedHeuristics.LOAD_TOOL_VERBS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        List<SessionFacts.ExecutedCall> calls = facts.executedCalls();
        Set<String> reported = new LinkedHashSet<>();
        for (SessionFacts.ExecutedCall write : calls) {
            List<String> writeName = ToolNames.noun(write.tool(), ToolNames.WRITE);
            if (writeName == null) {
                continue;
            }
            JsonNode args = object(write.arguments());
            if (args == null) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            Set<String> fields = new LinkedHashSet<>();
            // A partial update names the fields it sets inside one object ({"passager": …, "champs":
            // {"assistance": "WCHC", …}}): those are the record's fields, and only they must come back.
            Set<String> updated = new LinkedHashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (isIdKey(f.getKey()) && f.getValue().isValueNode()) {
                    ids.add(f.getValue().asText());
                } else if (UPDATE_KEY.pattern().matcher(f.getKey()).matches() && f.getValue().isObject() && f.getValue().size() > 0) {
                    f.getValue().fieldNames().forEachRemaining(updated::add);
                } else if (!f.getValue().isNull()) {
                    fields.add(f.getKey());
                }
            }
            // A write that names no record (no id of its own) saves the one record its store keeps for the
            // user or the conversation; a read that names none reads that record back.
            boolean keyless = ids.isEmpty();
            boolean partial = !updated.isEmpty();
            if (partial) {
                fields.addAll(updated);
            }
            // A store that assigns the id answers the write with it, under an id key or as any value
            // with the shape of an identifier ({"perfil": "trip-7Q2K"}): the handle a later read uses.
            write.result().map(r -> TraceJson.tryParse(facts.session().message(r.message()).text()))
                    .filter(JsonNode::isObject).ifPresent(answer -> answer.fields().forEachRemaining(f -> {
                        if (f.getValue().isValueNode() && (isIdKey(f.getKey()) || f.getValue().isTextual()
                                && ValueExtractor.find(f.getValue().asText()).stream().anyMatch(v -> v.kind() == ValueKind.IDENTIFIER
                                && v.asWritten().equals(f.getValue().asText().strip())))) {
                            ids.add(f.getValue().asText());
                        }
                    }));
            // The version the store acknowledged the write with ({"gespeichert": true, "version": 7}).
            long saved = write.result().map(r -> version(TraceJson.tryParse(facts.session().message(r.message()).text())))
                    .orElse(-1L);
            // Too few fields to judge the record by what is missing; what came back emptied is judged still.
            boolean few = fields.size() + wrapped(args, fields).size() < MIN_WRITTEN_FIELDS.value() && saved < 0;
            for (SessionFacts.ExecutedCall read : calls) {
                List<String> readName = ToolNames.noun(read.tool(), ToolNames.LOAD);
                if (read.step().index() <= write.step().index() || read.result().isEmpty() || readName == null
                        || readName.stream().noneMatch(writeName::contains)) {
                    continue;
                }
                // A later save of the record is what this read serves, emptied or not.
                boolean rewritten = rewrittenBefore(calls, write, writeName, read);
                if (few && rewritten) {
                    continue;
                }
                ToolResult result = read.result().get();
                JsonNode back = TraceJson.tryParse(facts.session().message(result.message()).text());
                if (back == null || !back.isObject()) {
                    continue;
                }
                back = unwrapped(back);
                Set<String> keys = new LinkedHashSet<>();
                Set<String> values = new LinkedHashSet<>();
                collect(back, keys, values);
                // A store keyed by something the agent wrote (a traveller's name, an e-mail) is read back
                // by passing that value: the read names the record by a field the write set.
                Set<String> handles = new LinkedHashSet<>(ids);
                Set<String> addressedBy = addressedBy(args, read.arguments());
                handles.addAll(addressedBy.stream().map(args::get).map(JsonNode::asText).toList());
                // The read names the record by what the write named it (its handle passed back) or
                // holds its handle: the same record either way.
                if (addressedBy.isEmpty() && handles.stream().noneMatch(values::contains)
                        && !(keyless && namesNoRecord(read.arguments()))) {
                    continue;
                }
                if (!rewritten && emptied(context, write, args, fields, read.tool(), result, back, reported) || few) {
                    continue;
                }
                long served = version(back);
                if (saved >= 0 && served >= 0 && served < saved) {
                    olderVersion(context, write, args, partial ? updated : fields, saved, result, read.tool(), back,
                            served, reported);
                    continue;
                }
                // A write that sets its fields inside one object ({"kunden_nr": …, "vermerke": {"allergien":
                // …, "dauermedikation": …}}) that the store keeps at the top of the record: the object's own
                // fields are what must come back.
                Set<String> judgedFields = partial ? updated : unwrappedFields(args, fields, keys);
                if (judgedFields.size() < MIN_WRITTEN_FIELDS.value()) {
                    continue;
                }
                // A renamed field's values are looked for under the keys the write did not set: under a
                // key it did set they are that field's own ("fra-db-01" among the hosts is no held-back host).
                Set<String> movedValues = new LinkedHashSet<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = back.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (!judgedFields.contains(f.getKey()) && !fields.contains(f.getKey())) {
                        collect(f.getValue(), new LinkedHashSet<>(), movedValues);
                    }
                }
                List<String> missing = new ArrayList<>();
                int present = 0;
                // A partial update is the same record by its handle alone: what it set is all it wrote.
                for (String field : judgedFields) {
                    if (addressedBy.contains(field)) {
                        continue; // the record's key, not one of its fields
                    }
                    // A field the store renamed or moved ("dauermedikation" back as "medikation": {"dauer":
                    // …} under a new schema) still holds what was written: its values came back. Only a
                    // read of the record the write named (patient_memo_read after patient_memo_write) is
                    // judged so; a read named for another view of it (rollout status after rollout weight)
                    // shows some of its values by design.
                    if (keys.contains(field) || readName.equals(writeName) && valuesCameBack(args.get(field), movedValues)) {
                        present++;
                    } else {
                        missing.add(field);
                    }
                }
                int judged = present + missing.size(); // the fields set, less the key the read named it by
                // A read named for the record the write named (memoire_lire after memoire_ecrire) that holds
                // some of what was written is that record, however few fields the store kept; a read named
                // for another view of it must hold half of them to be the record and not a summary.
                boolean sameRecord = readName.equals(writeName) ? present > 0 : present >= judged * MIN_SHARE_BACK.value();
                if (missing.isEmpty() || !partial && !sameRecord
                        || !reported.add(write.step().index() + "\n" + String.join(",", missing))) {
                    continue;
                }
                Step at = result;
                context.at(at, "The record written by " + write.tool() + " at step " + write.step().index()
                                + " came back from " + read.tool() + " at step " + result.index() + " without "
                                + missing.size() + " of the " + judged + " fields it set: " + String.join(", ", missing))
                        .key(write.tool() + "\n" + read.tool() + "\n" + String.join("\n", missing))
                        .evidence("written at step " + write.step().index(), args.toString(), write.step())
                        .evidence("read back at step " + result.index(), back.toString(), result)
                        .report();
            }
        }
    }

    /**
     * Reports the written fields that came back under their own key emptied: a list or object written with
     * items ("sperrtage": three dates) read back as {}, [] or null — a JavaScript Set or Map persisted
     * with JSON.stringify, a serializer that dropped what it did not know. True when it reported.
     */
    private static boolean emptied(CheckContext context, SessionFacts.ExecutedCall write, JsonNode args,
                                   Set<String> fields, String readTool, ToolResult result, JsonNode back,
                                   Set<String> reported) {
        List<String> emptied = new ArrayList<>();
        for (String field : fields) {
            JsonNode written = args.get(field);
            JsonNode read = back.get(field);
            if (written != null && written.isContainerNode() && written.size() > 0 && read != null
                    && (read.isNull() || read.isContainerNode() && read.isEmpty())) {
                emptied.add(field + " (" + written.size() + (written.isArray() ? " items" : " fields")
                        + " written, " + read + " read back)");
            }
        }
        if (emptied.isEmpty() || !reported.add(write.step().index() + "\nemptied\n" + String.join(",", emptied))) {
            return false;
        }
        context.at(result, "The record written by " + write.tool() + " at step " + write.step().index()
                        + " came back from " + readTool + " at step " + result.index() + " with what it set emptied: "
                        + String.join(", ", emptied))
                .key(write.tool() + "\n" + readTool + "\nemptied\n" + String.join("\n", emptied))
                .evidence("written at step " + write.step().index(), args.toString(), write.step())
                .evidence("read back at step " + result.index(), back.toString(), result)
                .report();
        return true;
    }

    /** True when a save of the same record (the same tool noun) comes after {@code write} and before {@code read}. */
    private static boolean rewrittenBefore(List<SessionFacts.ExecutedCall> calls, SessionFacts.ExecutedCall write,
                                           List<String> writeName, SessionFacts.ExecutedCall read) {
        for (SessionFacts.ExecutedCall other : calls) {
            int at = other.step().index();
            if (at > write.step().index() && at < read.step().index()
                    && writeName.equals(ToolNames.noun(other.tool(), ToolNames.WRITE))) {
                return true;
            }
        }
        return false;
    }

    /** The fields of the written fields whose value is an object (a wrapper the store may flatten). */
    /** True when a call's arguments name nothing: none recorded as an object, or an empty one. */
    private static boolean namesNoRecord(JsonNode arguments) {
        return arguments != null && arguments.isObject() && arguments.isEmpty();
    }

    private static Set<String> wrapped(JsonNode args, Set<String> fields) {
        Set<String> inner = new LinkedHashSet<>();
        fields.forEach(field -> inner.addAll(ownFields(args.get(field))));
        return inner;
    }

    /**
     * The written fields as the read-back holds them: an object field whose key the read lacks but
     * some of whose own fields it holds was a wrapper, and is judged by its own fields.
     */
    private static Set<String> unwrappedFields(JsonNode args, Set<String> fields, Set<String> readKeys) {
        Set<String> out = new LinkedHashSet<>();
        for (String field : fields) {
            Set<String> inner = readKeys.contains(field) ? Set.of() : ownFields(args.get(field));
            if (inner.stream().anyMatch(readKeys::contains)) {
                out.addAll(inner);
            } else {
                out.add(field);
            }
        }
        return out;
    }

    /**
     * True when a written field's value came back under another name: one of its texts or numbers (of
     * {@link #MIN_VALUE_CHARS} characters or more, so that a flag or a count does not stand for it) is a
     * value of the read-back.
     */
    private static boolean valuesCameBack(JsonNode written, Set<String> values) {
        if (written == null) {
            return false;
        }
        Set<String> leaves = new LinkedHashSet<>();
        collect(written, new LinkedHashSet<>(), leaves);
        return leaves.stream().anyMatch(v -> v.strip().length() >= MIN_VALUE_CHARS.value() && values.contains(v));
    }

    /** The names of an object value's own fields, in order; none when the value is not an object. */
    private static Set<String> ownFields(JsonNode value) {
        Set<String> out = new LinkedHashSet<>();
        if (value != null && value.isObject()) {
            value.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    /** The version number of a record (a top-level integer under a version key), or -1. */
    private static long version(JsonNode record) {
        if (record == null || !record.isObject()) {
            return -1;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (VERSION_KEY.pattern().matcher(f.getKey()).matches() && f.getValue().isIntegralNumber()) {
                return f.getValue().longValue();
            }
        }
        return -1;
    }

    /**
     * The read served an older version of the record than the write was saved as: the fields the write
     * set came back with other values (the ones it replaced), or not at all.
     */
    private static void olderVersion(CheckContext context, SessionFacts.ExecutedCall write, JsonNode args,
                                     Set<String> fields, long saved, ToolResult result, String readTool, JsonNode back,
                                     long served, Set<String> reported) {
        List<String> lost = new ArrayList<>();
        for (String field : fields) {
            if (!back.has(field) || !back.get(field).equals(written(args, field))) {
                lost.add(field);
            }
        }
        if (lost.isEmpty() || !reported.add(write.step().index() + "\n" + String.join(",", lost))) {
            return;
        }
        context.at(result, "The record written by " + write.tool() + " at step " + write.step().index()
                        + " (saved as version " + saved + ") came back from " + readTool + " at step " + result.index()
                        + " as version " + served + ", without what the write set: " + String.join(", ", lost))
                .key(write.tool() + "\n" + readTool + "\n" + String.join("\n", lost))
                .evidence("written at step " + write.step().index(), args.toString(), write.step())
                .evidence("read back at step " + result.index(), back.toString(), result)
                .report();
    }

    /** The value a write set for a field: at the top of its arguments or inside its update object. */
    private static JsonNode written(JsonNode args, String field) {
        if (args.has(field)) {
            return args.get(field);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (UPDATE_KEY.pattern().matcher(f.getKey()).matches() && f.getValue().has(field)) {
                return f.getValue().get(field);
            }
        }
        return null;
    }

    /**
     * The fields of the write whose text value the read passes as an argument (the whole argument,
     * or a value of its object): the key the store knows the record by. Values of three characters or
     * more only, so a flag or a count is not taken for a key.
     */
    private static Set<String> addressedBy(JsonNode written, JsonNode readArguments) {
        JsonNode read = dev.coroner.trace.JsonValues.parsedIfText(readArguments);
        Set<String> passed = new LinkedHashSet<>();
        if (read == null) {
            read = readArguments;
        }
        if (read != null && read.isTextual()) {
            passed.add(read.asText().strip());
        } else if (read != null && read.isObject()) {
            read.fields().forEachRemaining(f -> {
                if (f.getValue().isTextual()) {
                    passed.add(f.getValue().asText().strip());
                }
            });
        }
        Set<String> out = new LinkedHashSet<>();
        written.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual() && f.getValue().asText().strip().length() >= MIN_HANDLE_CHARS.value()
                    && passed.contains(f.getValue().asText().strip())) {
                out.add(f.getKey());
            }
        });
        return out;
    }

    private static boolean isIdKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals("id") || k.endsWith("_id") || k.endsWith("id") && key.length() > 2
                && Character.isUpperCase(key.charAt(key.length() - 2)) || k.equals("key") || k.endsWith("_key")
                || k.endsWith("_ref") || k.equals("ref");
    }

    /**
     * The arguments as an object, with a record passed as JSON text ({"change_id": "CHG-1", "state_json":
     * "{\"hosts\": […], \"hold\": […]}"}) read as the fields it holds: the store keeps that object, not a
     * string field.
     */
    private static JsonNode object(JsonNode arguments) {
        JsonNode node = dev.coroner.trace.JsonValues.parsedIfText(arguments);
        return node != null && node.isObject() ? unwrapped(node) : null;
    }

    /** An object whose text values that are JSON objects of two fields or more are merged in as its own fields. */
    private static JsonNode unwrapped(JsonNode node) {
        com.fasterxml.jackson.databind.node.ObjectNode out = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode inner = f.getValue().isTextual() ? TraceJson.tryParse(f.getValue().asText()) : null;
            if (inner != null && inner.isObject() && inner.size() >= MIN_EMBEDDED_FIELDS.value()) {
                if (out == null) {
                    out = node.deepCopy();
                }
                out.remove(f.getKey());
                for (Iterator<Map.Entry<String, JsonNode>> g = inner.fields(); g.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = g.next();
                    out.putIfAbsent(field.getKey(), field.getValue());
                }
            }
        }
        return out != null ? out : node;
    }

    private static void collect(JsonNode node, Set<String> keys, Set<String> values) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                keys.add(f.getKey());
                collect(f.getValue(), keys, values);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, keys, values));
        } else if (node.isValueNode()) {
            values.add(node.asText());
        }
    }
}
