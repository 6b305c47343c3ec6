package dev.coroner.checks.bleed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.testing.Traces;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The severity of a shared thread: critical only when one principal's model call or state read another's messages. */
class SharedThreadCheckTest {

    private static final String ID = "bleed.shared-thread";

    /**
     * {@code kiosk-next-customer.sqlite}: LangGraph.js SQLite checkpoints (written by the blind-authored
     * incident bench/incidents/batch-a/lgsqlite-quiosque-banco-zc3 with @langchain/langgraph 1.7.3): one
     * kiosk thread serves a customer, then the next; the next one's turn arrives before the state names
     * him, and the node that takes him removes the last one's messages before his model call.
     * {@code js-checkpoints.sqlite}'s support-shared-2 gives the second user the first one's history.
     */
    @ParameterizedTest
    @CsvSource({
            "kiosk-next-customer.sqlite, kiosk-ag0317-07, LOW",
            "js-checkpoints.sqlite, support-shared-2, CRITICAL"})
    void criticalOnlyWhenTheNextPrincipalReadsTheLastOnesMessages(String name, String session, Severity severity)
            throws Exception {
        Path trace = Path.of(SharedThreadCheckTest.class.getResource("/langgraph/" + name).toURI());
        List<Finding> findings = Traces.analyze(Traces.load(trace)).findings().stream()
                .filter(f -> f.checkId().equals(ID) && f.sessionId().equals(session)).toList();
        assertEquals(1, findings.size());
        assertEquals(severity, findings.get(0).severity());
    }
}
