// SRE assistant (Japanese ops team): investigates a checkout error spike and rolls back a release
// after a human approves the rollback at an interrupt.
import {
  Annotation, Command, MessagesAnnotation, START, StateGraph, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const searchIncidents = tool(async ({ service, since }) => JSON.stringify({ service, since, incidents: [] }),
  { name: "search_incidents", description: "Open incidents for a service", schema: z.object({ service: z.string(), since: z.string() }) });
const errorRate = tool(async ({ service }) => JSON.stringify({ service, window: "15m", http_5xx_ratio: 0.187, baseline: 0.004,
  current_release: "v2.42.0", deployed_at: "2025-07-14T01:52:10Z", previous_release: "v2.41.3" }),
{ name: "get_error_rate", description: "5xx ratio and release info", schema: z.object({ service: z.string() }) });
const rollback = tool(async ({ service, to_version }) => JSON.stringify({ job: "rb-20250714-0219-5f3a", service, to_version, status: "succeeded", pods_ready: "12/12" }),
  { name: "rollback_release", description: "Roll a service back to a release", schema: z.object({ service: z.string(), to_version: z.string() }) });
const tools = new ToolNode([searchIncidents, errorRate, rollback]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const model = new ScriptedChatModel("sre", [
  { tool_calls: [call("toolu_01Qm8", "search_incidents", { service: "checkout-api", since: "2025-07-14T00:00:00Z" }),
    call("toolu_01Qm9", "get_error_rate", { service: "checkout-api" })] },
  { content: "checkout-api の 5xx 率が 18.7%（通常 0.4%）です。01:52 UTC に v2.42.0 がデプロイされた直後からで、既存のインシデントは見つかりませんでした。v2.41.3 へのロールバックを提案します。",
    tool_calls: [call("toolu_01QmA", "rollback_release", { service: "checkout-api", to_version: "v2.41.3" })] },
  { content: "ロールバック完了しました（job rb-20250714-0219-5f3a、Pod 12/12 Ready）。checkout-api は v2.41.3 で稼働中です。5xx 率は引き続き監視してください。" },
]);

await writeIncident(import.meta.url, async (saver) => {
  const g = new StateGraph(State)
    .addNode("sre_agent", async (s) => ({ messages: [await model.invoke(s.messages)] }))
    .addNode("approval", async (s) => {
      const last = s.messages.at(-1);
      const decision = interrupt({ action: "rollback_release", args: last.tool_calls.find((c) => c.name === "rollback_release").args });
      return decision.approved ? new Command({ goto: "tools" }) : new Command({ goto: "__end__" });
    }, { ends: ["tools", "__end__"] })
    .addNode("tools", tools)
    .addEdge(START, "sre_agent")
    .addConditionalEdges("sre_agent", (s) => {
      const calls = s.messages.at(-1).tool_calls ?? [];
      if (calls.length === 0) return "__end__";
      return calls.some((c) => c.name === "rollback_release") ? "approval" : "tools";
    })
    .addEdge("tools", "sre_agent")
    .compile({ checkpointer: saver });
  const cfg = threadConfig("ops-thread-0x7e41");
  await g.invoke({ user_id: "oncall-sato", messages: [human("checkout-api で 500 エラーが急増してる。原因調べて、必要ならロールバックして。")] }, cfg);
  await g.invoke(new Command({ resume: { approved: true, by: "oncall-sato", comment: "承認。v2.41.3 に戻して" } }), cfg);
});
