// SRE assistant (Italian). Before draining a Kubernetes worker it must check that no batch job
// runs there. The first check hits a connection reset on the API server; the agent retries.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let resets = 1;
const contaJob = tool(async ({ nodo }) => {
  if (resets-- > 0) throw new Error("read ECONNRESET (kube-apiserver 10.40.0.12:6443, GET /api/v1/pods?fieldSelector=spec.nodeName%3D" + nodo + ")");
  return JSON.stringify({
    nodo, aggiornato: "2026-05-18T09:41:07Z", pod_totali: 11, job_batch_attivi: 0, job_batch: [],
    pod: [
      { nome: "fluent-bit-8xk2p", tipo: "DaemonSet" }, { nome: "node-exporter-q7f9d", tipo: "DaemonSet" },
      { nome: "checkout-api-6d9f7c-2lmwx", tipo: "ReplicaSet" }, { nome: "checkout-api-6d9f7c-v9h4t", tipo: "ReplicaSet" },
      { nome: "cart-redis-1", tipo: "StatefulSet" }, { nome: "search-web-55c8b-zt6kq", tipo: "ReplicaSet" },
      { nome: "kube-proxy-mi2w7", tipo: "DaemonSet" }, { nome: "calico-node-4jx8s", tipo: "DaemonSet" },
      { nome: "promo-worker-7bb4-dd2xk", tipo: "ReplicaSet" }, { nome: "img-resize-5f6d-ppl9r", tipo: "ReplicaSet" },
      { nome: "csi-node-mi2-7", tipo: "DaemonSet" },
    ],
    ultimo_job_terminato: { nome: "report-vendite-nightly-29121740", fine: "2026-05-18T03:12:55Z", esito: "Completed" },
  });
}, { name: "conta_job_attivi", description: "Elenca i pod e i job batch attivi su un nodo.", schema: z.object({ nodo: z.string() }) });

const drain = tool(async ({ nodo, grace_period_s }) => JSON.stringify({
  nodo, cordon: true, pod_sfrattati: 7, daemonset_ignorati: 4, grace_period_s, esito: "drained", op_id: "drn-3f81c0a2",
}), { name: "cordon_e_drain", description: "Cordon e drain di un nodo.", schema: z.object({ nodo: z.string(), grace_period_s: z.number().int() }) });

const State = Annotation.Root({ ...MessagesAnnotation.spec, operatore: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel("sre", [
    { tool_calls: [call("toolu_01Lh7", "conta_job_attivi", { nodo: "mi2-k8s-worker-07" })] },
    { tool_calls: [call("toolu_01Lh9", "conta_job_attivi", { nodo: "mi2-k8s-worker-07" })] },
    { tool_calls: [call("toolu_01LjB", "cordon_e_drain", { nodo: "mi2-k8s-worker-07", grace_period_s: 120 })] },
    (msgs) => {
      const r = JSON.parse(lastText(msgs, "tool"));
      return { content: `Fatto. Il primo controllo è fallito per un reset della connessione all'API server; il secondo (aggiornato 09:41:07Z) `
        + `ha mostrato 0 job batch attivi su 11 pod (l'ultimo job, report-vendite-nightly, è terminato alle 03:12). `
        + `Ho quindi eseguito cordon e drain di ${r.nodo} (op ${r.op_id}): ${r.pod_sfrattati} pod spostati, ${r.daemonset_ignorati} DaemonSet ignorati.` };
    },
  ], "claude-3-7-sonnet-20250219");

  const graph = new StateGraph(State)
    .addNode("agente", async (s) => ({ messages: [await model.invoke([
      new SystemMessage("Sei l'assistente SRE. Non svuotare un nodo senza aver verificato che non ci siano job batch in esecuzione."),
      ...s.messages])] }))
    .addNode("strumenti", new ToolNode([contaJob, drain]))
    .addEdge(START, "agente")
    .addConditionalEdges("agente", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "agente")
    .compile({ checkpointer: saver });

  await graph.invoke({ operatore: "sre.bianchi", messages: [human(
    "Il nodo mi2-k8s-worker-07 va svuotato per la manutenzione del kernel. Prima verifica che non ci siano job batch in corso, poi procedi.")] },
  threadConfig("ops-ita-20260518-mi2-w07"));
});
