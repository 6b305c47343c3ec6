// SRE on-call assistant (English). The SLO API is rate-limited on the first call; the agent retries,
// gets a real (exhausted) error budget and freezes deploys as the release policy requires.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "oncall/2025-02-11T0412Z/payments";

let throttled = 1;
const budget = tool(
  async ({ service, window }) => {
    if (throttled-- > 0) throw new Error("slo-api responded 429 Too Many Requests (retry-after: 2s)");
    return JSON.stringify({
      service, window, objective: "99.9% of requests < 800 ms", sli_30d: 0.99871,
      error_budget_minutes: 43.2, consumed_minutes: 55.7, error_budget_remaining_pct: 0.0,
      burn_rate_1h: 6.2, status: "EXHAUSTED", computed_at: "2025-02-11T04:12:09Z",
    });
  },
  { name: "get_error_budget", description: "Error budget of a service's SLO.", schema: z.object({ service: z.string(), window: z.string() }) },
);
const freeze = tool(
  async ({ service, reason, until }) => JSON.stringify({ freeze_id: "frz_01JKX4T9P2", service, until, reason, state: "active", exemptions: ["hotfix/*"] }),
  {
    name: "freeze_deploys",
    description: "Blocks non-hotfix deploys of a service until a time.",
    schema: z.object({ service: z.string(), reason: z.string(), until: z.string() }),
  },
);

const S = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const model = new ScriptedChatModel("sre", [
  { tool_calls: [call("call_q1Wm7", "get_error_budget", { service: "payments-gateway", window: "30d" })] },
  { tool_calls: [call("call_q1Wm8", "get_error_budget", { service: "payments-gateway", window: "30d" })] },
  { tool_calls: [call("call_q1Wm9", "freeze_deploys", { service: "payments-gateway", reason: "30d error budget exhausted (0.0% left, 55.7 of 43.2 min consumed, 1h burn 6.2x)", until: "2025-02-18T00:00:00Z" })] },
  { content: "The first SLO query was throttled (429); the retry went through. payments-gateway has 0.0% of its 30-day error budget left: 55.7 of 43.2 allowed minutes consumed (SLI 99.871% vs 99.9%), and it is still burning at 6.2x. Per the release policy I froze non-hotfix deploys until 2025-02-18 00:00 UTC (freeze frz_01JKX4T9P2); hotfix/* branches can still ship. Your 04:30 canary of v2.41.0 is therefore blocked unless it goes out as a hotfix." },
], "scripted-chat-en");

await writeIncident(import.meta.url, async (saver) => {
  const g = new StateGraph(S)
    .addNode("agent", async (s) => ({
      messages: [await model.invoke([new SystemMessage("On-call assistant. Release policy: freeze deploys when the 30d error budget is exhausted."), ...s.messages])],
    }))
    .addNode("tools", new ToolNode([budget, freeze]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer: saver });
  await g.invoke({
    user_id: "u-okafor",
    messages: [human("Paged for payments-gateway latency again. Before I push the v2.41.0 canary at 04:30, where are we on error budget? Apply the policy if needed.")],
  }, threadConfig(THREAD));
});
