package dev.coroner.analysis.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.ingest.IoProblems;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a baseline: a coroner JSON report (version 1) of an earlier run, such as one written by
 * {@code --write-baseline}. Its fingerprints are those of {@code findings} and of
 * {@code suppressed}; nothing else in the report is used.
 */
public final class BaselineFile {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

    private BaselineFile() {
    }

    public static Baseline read(Path file, String display) throws FilterFileException {
        JsonNode report;
        try (InputStream in = Files.newInputStream(file)) {
            report = TraceJson.mapper().readTree(in);
        } catch (NoSuchFileException e) {
            throw new FilterFileException(display + ": no such file (write one with --write-baseline)");
        } catch (JsonProcessingException e) {
            throw new FilterFileException(display + ": expected a coroner JSON report, found text that is not JSON"
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
        } catch (IOException e) {
            throw new FilterFileException(display + ": cannot read: " + IoProblems.describe(e, "no such file"));
        }
        if (report == null || !report.isObject() || !"coroner".equals(report.path("tool").asText())) {
            throw new FilterFileException(display + ": expected a coroner JSON report (\"tool\": \"coroner\"), found "
                    + (report == null || report.isMissingNode() ? "nothing" : "other JSON"));
        }
        JsonNode version = report.path("report_version");
        // Version 2 only added the handoff stage: the fingerprints of both are the same.
        if (!version.isInt() || version.intValue() != 1 && version.intValue() != 2) {
            throw new FilterFileException(display + ": expected report_version 1 or 2, found " + version);
        }
        List<String> fingerprints = new ArrayList<>();
        collect(report.path("findings"), "findings", display, fingerprints);
        collect(report.path("suppressed"), "suppressed", display, fingerprints);
        return Baseline.of(fingerprints, display);
    }

    private static void collect(JsonNode list, String name, String display, List<String> out)
            throws FilterFileException {
        if (list.isMissingNode() && name.equals("suppressed")) {
            return;
        }
        if (!list.isArray()) {
            throw new FilterFileException(display + ": expected \"" + name + "\" to be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            String fingerprint = list.get(i).path("fingerprint").asText();
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
                throw new FilterFileException(display + ": expected " + name + "[" + i
                        + "].fingerprint to be 32 hex digits, found \"" + fingerprint + "\"");
            }
            out.add(fingerprint);
        }
    }
}
