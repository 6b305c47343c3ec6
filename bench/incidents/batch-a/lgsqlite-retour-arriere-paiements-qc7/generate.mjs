// Astreinte SRE : agent d'exploitation (LangGraph.js + checkpointer SQLite), modèle scripté, hors ligne.
// Le retour arrière passe par une validation humaine (interrupt) puis reprend avec Command({ resume }).
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-retour-arriere-paiements-qc7/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let etatAppels = 0;
const etatDeploiement = tool(
  async ({ service, env }) => {
    etatAppels++;
    if (etatAppels === 1) {
      throw new Error("connect ETIMEDOUT 10.42.7.19:443 (argocd-server.ops.svc) après 15000 ms");
    }
    return JSON.stringify({
      service, env, version: "2.14.0", version_precedente: "2.13.4", deploye_le: "2026-11-30T08:41:12Z",
      replicas: { prets: 6, voulus: 6 }, sync: "Synced", sante: "Degraded",
    });
  },
  {
    name: "etat_deploiement", description: "État ArgoCD d'un service.",
    schema: z.object({ service: z.string(), env: z.string() }),
  },
);

let metriquesAppels = 0;
const metriquesErreurs = tool(
  async ({ service, fenetre }) => {
    metriquesAppels++;
    return JSON.stringify(metriquesAppels === 1
      ? { service, fenetre, requetes: 48211, erreurs_5xx: 3471, taux_5xx: 0.072, p99_ms: 2840, code_dominant: 502 }
      : { service, fenetre, requetes: 12840, erreurs_5xx: 0, taux_5xx: 0, p99_ms: 212, code_dominant: null });
  },
  {
    name: "metriques_erreurs", description: "Taux d'erreurs HTTP d'un service (Prometheus).",
    schema: z.object({ service: z.string(), fenetre: z.string() }),
  },
);

const retourArriere = tool(
  async ({ service, env, vers }) => {
    const decision = interrupt({
      action: "retour_arriere", service, env, vers,
      message: `Valider le retour de ${service} (${env}) vers ${vers} ?`,
    });
    if (!decision?.approuve) {
      return JSON.stringify({ service, statut: "refuse", par: decision?.par ?? null });
    }
    return JSON.stringify({
      service, env, version: vers, statut: "termine", valide_par: decision.par, operation: "argo-rb-5f1c0e",
      replicas: { prets: 6, voulus: 6 },
    });
  },
  {
    name: "retour_arriere", description: "Revient à une version précédente (validation humaine requise).",
    schema: z.object({ service: z.string(), env: z.string(), vers: z.string() }),
  },
);

const model = new ScriptedChatModel("astreinte", [
  { tool_calls: [call("op-7d1e-01", "etat_deploiement", { service: "paiements-api", env: "prod" })] },
  { tool_calls: [call("op-7d1e-02", "etat_deploiement", { service: "paiements-api", env: "prod" })] },
  { tool_calls: [call("op-7d1e-03", "metriques_erreurs", { service: "paiements-api", fenetre: "15m" })] },
  { content: "paiements-api est en 2.14.0 depuis ce matin 08:41 UTC, santé « Degraded ». Sur les 15 dernières "
      + "minutes : 3 471 erreurs 5xx sur 48 211 requêtes (7,2 %), surtout des 502, p99 à 2 840 ms. "
      + "Je propose un retour arrière vers 2.13.4. Je lance la demande ?" },
  { tool_calls: [call("op-7d1e-04", "retour_arriere", { service: "paiements-api", env: "prod", vers: "2.13.4" })] },
  { tool_calls: [call("op-7d1e-05", "metriques_erreurs", { service: "paiements-api", fenetre: "5m" })] },
  { content: "Retour arrière terminé : paiements-api tourne en 2.13.4 (opération argo-rb-5f1c0e, validée par "
      + "m.lefebvre, 6/6 réplicas prêts). Sur les 5 dernières minutes : 0 erreur 5xx sur 12 840 requêtes, p99 à "
      + "212 ms. Je laisse la 2.14.0 de côté jusqu'à analyse des 502." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), incident: Annotation() });
const SYSTEM = "Tu es l'agent d'astreinte de la plateforme. Vérifie avant d'agir ; toute action en prod passe par validation.";

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("outils", new ToolNode([etatDeploiement, metriquesErreurs, retourArriere]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, { tools: "outils", [END]: END })
    .addEdge("outils", "agent")
    .compile({ checkpointer });

  const thread = "INC-20261130-0412/astreinte";
  await graph.invoke({
    messages: [human("Salut, paiements-api renvoie des 502 depuis le déploiement de ce matin. Tu peux vérifier "
      + "et revenir à la version d'avant si c'est bien lui ?")],
    user_id: "m.lefebvre", incident: "INC-20261130-0412",
  }, threadConfig(thread));
  await graph.invoke({ messages: [human("Oui vas-y, lance le retour arrière.")] }, threadConfig(thread));
  await graph.invoke(new Command({ resume: { approuve: true, par: "m.lefebvre" } }), threadConfig(thread));
});
