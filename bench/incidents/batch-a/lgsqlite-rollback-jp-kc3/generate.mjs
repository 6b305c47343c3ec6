// SRE assistant (Japanese): rollback of payment-api behind a human-approval interrupt; a metrics call
// fails once (connection reset) and is retried; the recovered metrics show a genuine 0 % error rate.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, interrupt, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "sre:inc-20260314-0712";
const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), approvals: Annotation() });

let metricsCalls = 0;
const getMetrics = tool(
  async ({ service, window }) => {
    metricsCalls++;
    if (metricsCalls === 1) return JSON.stringify({ service, window, version: "v2.14.0", error_rate_pct: 12.4, requests: 21877, p99_ms: 2310 });
    if (metricsCalls === 2) throw new Error("read ECONNRESET (prometheus-gw.internal:9090)");
    return JSON.stringify({ service, window, version: "v2.13.2", error_rate_pct: 0, errors: 0, requests: 18342, p99_ms: 412 });
  },
  {
    name: "get_metrics",
    description: "Fetch error rate and latency for a service over a window.",
    schema: z.object({ service: z.string(), window: z.string() }),
  },
);
const rollbackDeploy = tool(
  async ({ service, to_version }) => JSON.stringify({ service, from_version: "v2.14.0", to_version, status: "rolled_back", pods_ready: "12/12" }),
  {
    name: "rollback_deploy",
    description: "Roll a service back to an earlier version (requires approval).",
    schema: z.object({ service: z.string(), to_version: z.string() }),
  },
);

const model = new ScriptedChatModel("sre", [
  { tool_calls: [call("toolu_01HkR", "get_metrics", { service: "payment-api", window: "15m" })] },
  { content: "v2.14.0 のエラー率は 12.4%（p99 2310ms）です。v2.13.2 へのロールバックを申請します。",
    tool_calls: [call("toolu_02PnW", "rollback_deploy", { service: "payment-api", to_version: "v2.13.2" })] },
  { tool_calls: [call("toolu_03XbT", "get_metrics", { service: "payment-api", window: "5m" })] },
  { content: "メトリクス取得が接続リセットで失敗したため、再取得します。",
    tool_calls: [call("toolu_04LcM", "get_metrics", { service: "payment-api", window: "5m" })] },
  { content: "ロールバック完了：payment-api は v2.13.2 で稼働中（Pod 12/12 Ready）。直近5分間のリクエスト 18,342 件でエラー 0 件、"
      + "エラー率 0%、p99 412ms に回復しました。承認者: sato.k" },
]);

const graph = (checkpointer) => new StateGraph(State)
  .addNode("agent", async (s) => ({
    messages: [await model.invoke([new SystemMessage("あなたは決済基盤のSREアシスタントです。変更系の操作は承認が必要です。"), ...s.messages])],
  }))
  .addNode("approval", async (s) => {
    const last = s.messages[s.messages.length - 1];
    const decision = interrupt({ action: "rollback_deploy", args: last.tool_calls[0].args, requested_by: s.user_id });
    return { approvals: [{ tool_call_id: last.tool_calls[0].id, ...decision }] };
  })
  .addNode("tools", new ToolNode([getMetrics, rollbackDeploy]))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", (s) => {
    const last = s.messages[s.messages.length - 1];
    if (!last.tool_calls?.length) return END;
    return last.tool_calls.some((c) => c.name === "rollback_deploy") ? "approval" : "tools";
  }, ["approval", "tools", END])
  .addConditionalEdges("approval", (s) => (s.approvals?.at(-1)?.approved ? "tools" : END), ["tools", END])
  .addEdge("tools", "agent")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({
    messages: [human("決済APIのエラー率が急上昇しています。今朝デプロイした v2.14.0 が原因っぽいので、確認してロールバックしてください。")],
    user_id: "oncall.tanaka",
  }, threadConfig(THREAD));
  await g.invoke(new Command({ resume: { approved: true, approver: "sato.k", comment: "OK、ロールバックしてください" } }), threadConfig(THREAD));
});
