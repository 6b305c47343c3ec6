// An on-call SRE assistant in Slack: investigates a 5xx alert, proposes a rollback that waits for a
// human approval (interrupt), is resumed with the approval and verifies the result.
//   node bench/incidents/batch-a/lgsqlite-checkout-rollback-approved-xc1/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, interrupt, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "slack:C04SRE2KQ:1775960412.339519";

// ------------------------------------------------------------ tools (stubs)

let promCalls = 0;
let rolledBack = false;
const queryErrorRate = tool(
  async ({ service, window, datasource }) => {
    promCalls++;
    if (datasource === "prom-eu-west-1" && promCalls === 1) {
      throw new Error("upstream connect error or disconnect/reset before headers. reset reason: connection timeout "
        + "(prom-eu-west-1.monitoring.svc:9090)");
    }
    if (!rolledBack) {
      return JSON.stringify({ service, window, datasource, requests: 91877, errors_5xx: 12679, error_rate_pct: 13.8,
        top_error: "502 from payment-gateway client: x509: certificate signed by unknown authority" });
    }
    return JSON.stringify({ service, window, datasource, requests: 48213, errors_5xx: 0, error_rate_pct: 0 });
  },
  {
    name: "query_error_rate",
    description: "5xx error rate of a service over a window, from a Prometheus datasource.",
    schema: z.object({ service: z.string(), window: z.string(), datasource: z.enum(["prom-eu-west-1", "thanos-global"]) }),
  },
);

const listDeploys = tool(
  async ({ service, since }) => JSON.stringify({ service, since, deploys: [
    { version: "v2.41.0", at: "2026-04-12T02:04:37Z", by: "argo-rollouts", change: "bump payment-gateway client 4.2 -> 5.0 (new CA bundle)" },
    { version: "v2.40.3", at: "2026-04-09T14:22:10Z", by: "argo-rollouts", change: "copy fix on order confirmation" },
  ] }),
  {
    name: "list_deploys",
    description: "Recent deploys of a service.",
    schema: z.object({ service: z.string(), since: z.string() }),
  },
);

const rollback = tool(
  async ({ service, to_version }) => {
    rolledBack = true;
    return JSON.stringify({ service, to_version, rollout: "checkout-api-7f9c", status: "Healthy", replicas_ready: "12/12" });
  },
  {
    name: "rollback_deployment",
    description: "Roll a service back to an earlier version (needs on-call approval).",
    schema: z.object({ service: z.string(), to_version: z.string() }),
  },
);

const READONLY = new Set(["query_error_rate", "list_deploys"]);

// ------------------------------------------------------------ graph

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  principal: Annotation(),
  incident: Annotation(),
});

const SYSTEM = "You are the on-call assistant for the payments platform. Investigate alerts with read-only tools. "
  + "Any change to production needs explicit approval from the on-call engineer.";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("assistant", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("approval", async (state) => {
      const req = state.messages.at(-1).tool_calls[0];
      const decision = interrupt({ needs: "on-call approval", tool: req.name, args: req.args });
      return decision.approved
        ? new Command({ goto: "tools", update: { incident: { ...state.incident, approved_by: decision.by } } })
        : new Command({ goto: END });
    }, { ends: ["tools", END] })
    .addNode("tools", new ToolNode([queryErrorRate, listDeploys, rollback]))
    .addEdge(START, "assistant")
    .addConditionalEdges("assistant", (s) => {
      const calls = s.messages.at(-1).tool_calls ?? [];
      if (calls.length === 0) return END;
      return calls.every((c) => READONLY.has(c.name)) ? "tools" : "approval";
    }, ["tools", "approval", END])
    .addEdge("tools", "assistant")
    .compile({ checkpointer });
}

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("tc-e1f0", "query_error_rate", { service: "checkout-api", window: "30m", datasource: "prom-eu-west-1" })] },
  { tool_calls: [call("tc-e1f1", "query_error_rate", { service: "checkout-api", window: "30m", datasource: "thanos-global" })] },
  { tool_calls: [call("tc-e1f2", "list_deploys", { service: "checkout-api", since: "2026-04-09T00:00:00Z" })] },
  { content: "The regional Prometheus timed out, so I read the same window from thanos-global: checkout-api is at "
      + "13.8% 5xx (12,679 of 91,877 requests in 30 min). Top error: 502 from the payment-gateway client, "
      + "\"x509: certificate signed by unknown authority\". It started right after v2.41.0 went out at 02:04 UTC, "
      + "which bumped the payment-gateway client to 5.0 with a new CA bundle. I suggest rolling back to v2.40.3." },
  { tool_calls: [call("tc-e1f3", "rollback_deployment", { service: "checkout-api", to_version: "v2.40.3" })] },
  { tool_calls: [call("tc-e1f4", "query_error_rate", { service: "checkout-api", window: "10m", datasource: "thanos-global" })] },
  (messages) => {
    const r = JSON.parse(lastText(messages, "tool"));
    return { content: `Rolled back to v2.40.3 (rollout checkout-api-7f9c, 12/12 replicas ready). Since then: `
        + `${r.errors_5xx} errors in ${r.requests.toLocaleString("en-US")} requests over 10 min, so 0.0% 5xx. `
        + "Leaving the alert open for 30 min; the CA bundle in v2.41.0 needs a fix before it is redeployed." };
  },
]);

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver, model);
  const cfg = threadConfig(THREAD);
  await g.invoke({
    messages: [human("@oncall-bot PagerDuty: [P1] checkout-api 5xx > 5% for 10m (eu-west-1). Can you take a look?")],
    principal: "U03M8OKAFOR",
    incident: { id: "PD-Q1X7T9", severity: "P1", opened_at: "2026-04-12T02:11:52Z" },
  }, cfg);
  await g.invoke({ messages: [human("yes, roll it back")] }, cfg);
  // The on-call engineer clicks "Approve" on the approval card; the bot resumes the interrupted run.
  await g.invoke(new Command({ resume: { approved: true, by: "U03M8OKAFOR" } }), cfg);
});
