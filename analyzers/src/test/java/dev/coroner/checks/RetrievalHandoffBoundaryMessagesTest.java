package dev.coroner.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.testing.Traces;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the retrieval, handoff and boundary findings say and the evidence they point at, on positive fixtures. */
class RetrievalHandoffBoundaryMessagesTest {

    private static List<Finding> findings(String fixture) throws Exception {
        Path trace = Path.of(RetrievalHandoffBoundaryMessagesTest.class.getResource("/checks/" + fixture).toURI());
        String check = fixture.substring(0, fixture.indexOf('/'));
        AnalysisResult result = Traces.analyze(Traces.load(trace), CheckFixturesTest.options(trace));
        return result.findings().stream().filter(f -> f.checkId().equals(check)).toList();
    }

    private static Finding only(String fixture) throws Exception {
        List<Finding> found = findings(fixture);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static List<String> evidence(Finding f) {
        return f.evidence().stream().map(e -> e.label() + " | " + e.excerpt() + " | " + e.source().fileAndLine()).toList();
    }

    @Test
    void foreignSessionNamesTheOwnerAndShowsOnlyTheForeignItem() throws Exception {
        Finding f = only("retrieval.foreign-session/memory-of-another-user.jsonl");
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals("Retrieval from memory at step 1 returned 1 of 2 items owned by someone else: user_id \"user-17\""
                + " (not this session's principal), but this session acts for tenant-acme/user-42", f.message());
        assertEquals(List.of(
                "query | shipping preferences | memory-of-another-user.jsonl:3",
                "item mem-881 (user_id: user-17) | Prefers delivery to 14 Harbour Road, leave with the neighbour."
                        + " | memory-of-another-user.jsonl:3"), evidence(f));
    }

    @Test
    void foreignSessionByASessionOfAnotherPrincipalInTheRun() throws Exception {
        Finding f = only("retrieval.foreign-session/session-of-another-principal.jsonl");
        assertEquals("Retrieval from history at step 1 returned 1 of 1 item owned by someone else: session_id"
                + " \"fs-alice\" (a session of alice@example.com in this run), but this session acts for"
                + " bob@example.com", f.message());
    }

    @Test
    void emptyIgnoredShowsTheQueryTheEmptyResultAndTheAnswer() throws Exception {
        Finding f = only("retrieval.empty-ignored/empty-then-confident.jsonl");
        assertEquals(Severity.HIGH, f.severity());
        assertEquals("The lookup of policy-kb at step 1 returned nothing, yet the answer at step 2 states 1 specific"
                + " that no tool result, document, user or system message held: 60 days", f.message());
        assertEquals(List.of(
                "query | refund window for opened electronics | empty-then-confident.jsonl:3",
                "retrieved | no items | empty-then-confident.jsonl:3",
                "answered at step 2 | Yes. Opened electronics can be refunded within 60 days of delivery, no questions"
                        + " asked. Anything else I can help with? | empty-then-confident.jsonl:4"), evidence(f));
        Verdict.RootCause root = Traces.analyze(Traces.load(Path.of(getClass()
                .getResource("/checks/retrieval.empty-ignored/empty-then-confident.jsonl").toURI())))
                .sessions().get(0).verdict().rootCause().orElseThrow();
        assertEquals("retrieval.empty-ignored", root.checkId());
    }

    @Test
    void offTopicCountsSharedQueryWords() throws Exception {
        Finding f = only("retrieval.off-topic/wrong-index.jsonl");
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals("None of the 3 items retrieved from facilities-kb at step 1 is about the query: the best shares"
                + " 0 of its 4 content words", f.message());
        assertEquals("item fac-1 (shares 0 of 4) | The Leeds office is staffed from 8:30 to 18:00 on weekdays."
                + " | wrong-index.jsonl:3", evidence(f).get(1));
    }

    @Test
    void contextDroppedListsEachDroppedItemWithItsOriginAndWhatTheReceiverGot() throws Exception {
        Finding f = only("handoff.context-dropped/summary-loses-user-constraint.jsonl");
        assertEquals("Handoff from support to billing at step 2 dropped 2 of 3 constraints, ids and facts the sender"
                + " had (step 1), first constraint \"Please only refund to my original Visa card, never as store"
                + " credit.\"", f.message());
        assertEquals(List.of(
                "constraint from a user message (step 0) | Please only refund to my original Visa card, never as store"
                        + " credit. | summary-loses-user-constraint.jsonl:2",
                "amount from a user message (step 0) | €129.99 | summary-loses-user-constraint.jsonl:2",
                "billing was given (the handoff and the input of its model call at step 3) | Summary: the customer"
                        + " wants a refund for ORD-44120.\nYou are the billing agent. | summary-loses-user-constraint.jsonl:4"),
                evidence(f));
    }

    @Test
    void toolNotOwnedIsHighWhenTheReceiverCallsTheToolAndMediumForHistoryOnly() throws Exception {
        Finding called = only("handoff.tool-not-owned/receiver-calls-senders-tool.jsonl");
        assertEquals(Severity.HIGH, called.severity());
        assertEquals("billing called issue_refund after the handoff at step 5, not among the tools it was offered"
                + " (its history holds issue_refund)", called.message());
        assertEquals(List.of(
                "called by billing at step 6 | issue_refund | receiver-calls-senders-tool.jsonl:8",
                "in the history given to billing (handoff messages) | issue_refund | receiver-calls-senders-tool.jsonl:7",
                "tools offered to billing | get_invoice, send_invoice | receiver-calls-senders-tool.jsonl:7"),
                evidence(called));
        Finding history = only("handoff.tool-not-owned/history-holds-senders-calls.jsonl");
        assertEquals(Severity.MEDIUM, history.severity());
        assertEquals("After the handoff at step 5, billing was given a history with calls of tools it does not have:"
                + " issue_refund", history.message());
    }

    @Test
    void schemaViolationReportsAStateViolationOnceWhereItWasIntroduced() throws Exception {
        List<String> messages = findings("boundary.schema-violation/state-breaks-schema.jsonl").stream()
                .map(Finding::message).toList();
        assertEquals(List.of(
                "State of namespace \"orders\" at step 1 breaks the state schema state-breaks-schema.state-schema.json:"
                        + " \"refund.amount\" must have a maximum value of 500",
                "State of namespace \"orders\" at step 3 breaks the state schema state-breaks-schema.state-schema.json:"
                        + " \"status\" does not have a value in the enumeration [\"new\", \"refund_requested\","
                        + " \"refunded\"]",
                "State of namespace \"billing\" at step 4 breaks the state schema state-breaks-schema.state-schema.json:"
                        + " required property 'order_id' not found (+1 more)"), messages);
    }

    @Test
    void schemaViolationOfToolArgumentsShowsEachViolatedValue() throws Exception {
        Finding f = findings("boundary.schema-violation/tool-arguments-break-schema.jsonl").get(1);
        assertEquals("Arguments of issue_refund at step 3 break the tool's declared parameter schema and the call was"
                + " carried out: property 'reason' is not defined in the schema and the schema does not allow"
                + " additional properties (+1 more)", f.message());
        assertEquals(List.of(
                "value: property 'reason' is not defined in the schema and the schema does not allow additional"
                        + " properties | {\"order_id\":\"88231\",\"amount\":20,\"reason\":\"late\"}"
                        + " | tool-arguments-break-schema.jsonl:5",
                "\"order_id\": does not match the regex pattern ^ORD-[0-9]+$ | \"88231\""
                        + " | tool-arguments-break-schema.jsonl:5"), evidence(f));
    }

    @Test
    void malformedToolArgumentsShowsTheRawStringOrTheWrongTypes() throws Exception {
        Finding raw = findings("boundary.malformed-tool-arguments/not-json-executed.jsonl").get(0);
        assertEquals("Arguments of issue_refund at step 1 are not valid JSON and the call was carried out", raw.message());
        assertEquals(List.of("raw arguments | {\"order_id\": \"ORD-88231\", \"amount\": 18 | not-json-executed.jsonl:3"),
                evidence(raw));
        Finding types = findings("boundary.malformed-tool-arguments/wrong-types-executed.jsonl").get(0);
        assertEquals("Arguments of issue_refund at step 1 are not of the declared types and the call was carried out:"
                + " \"amount\" string found, number expected (+1 more)", types.message());
        assertEquals(List.of(
                "\"amount\": string found, number expected | \"180\" | wrong-types-executed.jsonl:3",
                "\"items\": string found, array expected | \"kettle\" | wrong-types-executed.jsonl:3"), evidence(types));
    }

    @Test
    void unvalidatedToolOutputNamesTheOutputTheFieldAndWhyItDoesNotFit() throws Exception {
        Finding f = only("boundary.unvalidated-tool-output/error-into-balance.jsonl");
        assertEquals("The output of get_balance (step 2) was written as-is into \"balance\" (state of namespace"
                + " \"account\") at step 3: error text written into a field that held number 120.5", f.message());
        assertEquals(List.of(
                "output of get_balance (step 2) | upstream timeout after 30s | error-into-balance.jsonl:4",
                "\"balance\" at step 3 | upstream timeout after 30s | error-into-balance.jsonl:5"), evidence(f));
        assertEquals("The output of get_promotion (step 0) was written as-is into \"discount_pct\" (state of namespace"
                + " \"cart\") at step 1: breaks the state schema at \"discount_pct\": must have a maximum value of 100",
                only("boundary.unvalidated-tool-output/breaks-schema-at-field.jsonl").message());
    }

    @Test
    void typeCoercionSaysWhichRepresentationChanged() throws Exception {
        List<String> messages = findings("boundary.type-coercion/representation-changes-between-snapshots.jsonl")
                .stream().map(Finding::message).sorted().toList();
        assertEquals(List.of(
                "State field \"created\" of namespace \"orders\" changed representation at step 1 (ISO date → epoch):"
                        + " ISO date \"2026-11-20T10:00:00Z\" at step 0, epoch 1795082400 now",
                "State field \"gift\" of namespace \"orders\" changed representation at step 1 (boolean → string):"
                        + " boolean true at step 0, string \"true\" now",
                "State field \"lines.0.price\" of namespace \"orders\" changed representation at step 1 (units → cents,"
                        + " ×100): number 18.5 at step 0, number 1850 now",
                "State field \"qty\" of namespace \"orders\" changed representation at step 1 (number → string): number"
                        + " 2 at step 0, string \"2\" now"), messages);
        assertEquals("State field \"total\" of namespace \"checkout\" at step 1 holds 4550 where the output of get_quote"
                + " (step 0) returned \"total\": 45.5 (units → cents, ×100)",
                findings("boundary.type-coercion/cents-from-tool.jsonl").get(0).message());
    }
}
