package dev.coroner.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.StateHistory;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.StateSnapshot;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The state's schema changes within one thread: between a snapshot and the one that continues it,
 * the version marker changes (a checkpoint format upgrade, an application version recorded in
 * checkpoint metadata), a channel keeps its version in a checkpoint but lost its value (the graph
 * that wrote the checkpoint no longer declares it), or one top-level field disappears while
 * another appears (a rename). One finding per transition, listing every sign.
 */
public final class SchemaDriftCheck implements Check {

    static final Heuristic.Phrases VERSION_KEY = new Heuristic.Phrases("version-key",
            "A scalar checkpoint metadata key whose name contains one of these names a version (graph_version, "
                    + "app_version): a change of its value is a sign of drift.",
            List.of("version"));

    private static final CheckInfo INFO = new CheckInfo(
            "state.schema-drift",
            "The state schema or its version changes within one thread",
            Severity.MEDIUM,
            "0.2.0",
            """
            A thread that outlives a deploy is resumed by code that may not read its state the way it
            was written. When the version marker changes inside one thread, when a checkpoint still
            carries a channel's version but no longer its value, or when one field disappears as another
            appears, the state schema drifted under a running conversation: a renamed field reads as
            empty, a node that was removed leaves work half done, a library upgrade migrates the format.
            Whatever the old schema held and the new one does not declare is lost on the next write.
            """,
            """
            Version the state schema and migrate old threads explicitly when it changes (copy renamed
            fields, refuse to resume threads of an unknown version), or pin running threads to the
            graph version that started them. Record the graph version in checkpoint metadata so the
            change is visible.
            """,
            """
            Thread booking-lisbon-31 is checkpointed by graph version 1 with a "constraints" channel.
            After a deploy, version 2 resumes it: the next checkpoint still lists a version for
            "constraints" but holds no value for it, and version 2 reads "customer_constraints" instead.
            """,
            List.of(VERSION_KEY));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        StateHistory history = facts.states();
        for (StateSnapshot after : history.snapshots()) {
            StateSnapshot before = history.parent(after);
            if (before == null) {
                continue;
            }
            Optional<Checkpoint> from = history.checkpoint(before);
            Optional<Checkpoint> to = history.checkpoint(after);
            List<String> signs = new ArrayList<>();
            if (!before.version().isEmpty() && !after.version().isEmpty() && !before.version().equals(after.version())) {
                signs.add((from.isPresent() ? "checkpoint format v" : "version ") + before.version() + " → "
                        + (from.isPresent() ? "v" : "") + after.version());
            }
            if (from.isPresent() && to.isPresent()) {
                versionKeys(from.get().metadata(), to.get().metadata(), signs);
                for (Iterator<String> names = before.state().fieldNames(); names.hasNext(); ) {
                    String channel = names.next();
                    if (!after.state().has(channel) && to.get().channelVersions().containsKey(channel)
                            && !after.deleted().contains(channel)) {
                        signs.add("channel \"" + channel + "\" keeps version " + to.get().channelVersions().get(channel)
                                + " but has no value: the graph that wrote this checkpoint does not declare it");
                    }
                }
            }
            TreeSet<String> removed = fields(before.state());
            removed.removeAll(fields(after.state()));
            removed.removeAll(after.deleted());
            TreeSet<String> added = fields(after.state());
            added.removeAll(fields(before.state()));
            if (!removed.isEmpty() && !added.isEmpty()) {
                signs.add("fields " + String.join(", ", removed) + " disappeared as " + String.join(", ", added)
                        + " appeared");
            }
            if (signs.isEmpty()) {
                continue;
            }
            context.at(after, "State schema changed between step " + before.index() + " and step " + after.index()
                            + history.checkpointSuffix(before, after) + ": " + String.join("; ", signs))
                    .key(after.namespace() + "\n" + String.join("\n", signs))
                    .evidence("fields at step " + before.index(), String.join(", ", fields(before.state())),
                            before.source())
                    .evidence("fields at step " + after.index(), String.join(", ", fields(after.state())),
                            after.source())
                    .report();
        }
    }

    /** Scalar metadata keys naming a version (graph_version, app_version…) whose value changed. */
    private static void versionKeys(JsonNode before, JsonNode after, List<String> signs) {
        for (Map.Entry<String, JsonNode> field : before.properties()) {
            JsonNode now = after.get(field.getKey());
            String key = field.getKey().toLowerCase(Locale.ROOT);
            if (VERSION_KEY.phrases().stream().anyMatch(key::contains) && field.getValue().isValueNode()
                    && now != null && now.isValueNode() && !now.equals(field.getValue())) {
                signs.add(field.getKey() + " " + field.getValue().asText() + " → " + now.asText());
            }
        }
    }

    private static TreeSet<String> fields(JsonNode state) {
        TreeSet<String> names = new TreeSet<>();
        state.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
