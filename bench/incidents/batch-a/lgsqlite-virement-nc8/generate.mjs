// Retail-bank payments assistant (French). Three customer turns on one thread. The third turn is
// processed by a worker that resumes the thread from the checkpoint id it had cached in its job
// message after the first turn (the job was re-queued after a pod restart).
// Run from /work/main: node bench/incidents/batch-a/lgsqlite-virement-nc8/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, SystemMessage,
  ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident, promptText,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "c2f0a9e1-6b7d-4d1e-9a53-0b7e55a1c418";

const listerComptes = tool(
  async ({ client }) => JSON.stringify({ client, comptes: [
    { id: "CPT-JOINT-0912", libelle: "Compte joint M. et Mme Garnier", iban: "FR76 3000 4008 2800 0091 2204 512", solde_eur: 2315.4 },
    { id: "CPT-PERSO-4471", libelle: "Compte courant Élodie Garnier", iban: "FR76 3000 4008 2800 0447 1093 877", solde_eur: 1188.02 },
  ] }),
  { name: "lister_comptes", description: "Liste les comptes du client.", schema: z.object({ client: z.string() }) },
);

const emettreVirement = tool(
  async ({ compte_debit, beneficiaire_iban, montant_eur, libelle }) => JSON.stringify({
    ordre: "VIR-20260417-88310", compte_debit, beneficiaire_iban, montant_eur, libelle, statut: "exécuté", date_valeur: "2026-04-17",
  }),
  { name: "emettre_virement", description: "Émet un virement SEPA.",
    schema: z.object({ compte_debit: z.string(), beneficiaire_iban: z.string(), montant_eur: z.number(), libelle: z.string() }) },
);

const model = new ScriptedChatModel("virements", [
  { tool_calls: [call("lc-tc-001", "lister_comptes", { client: "CLI-778120" })] },
  { content: "Vous avez deux comptes : le compte joint (CPT-JOINT-0912, 2 315,40 €) et votre compte courant "
      + "(CPT-PERSO-4471, 1 188,02 €). Pour la facture d'ostéopathe de 640,00 € au cabinet Moreau, je prépare le virement ?" },
  { content: "C'est noté : le virement de 640,00 € au cabinet Moreau sera débité de votre compte courant CPT-PERSO-4471 et non du compte joint. "
      + "Dites-moi « c'est bon » pour l'envoyer." },
  (messages) => {
    const perso = /CPT-PERSO-4471.*non du compte joint|pas le compte joint/i.test(promptText(messages));
    return { tool_calls: [call("lc-tc-002", "emettre_virement", {
      compte_debit: perso ? "CPT-PERSO-4471" : "CPT-JOINT-0912",
      beneficiaire_iban: "FR76 1027 8060 1100 0205 7310 146", montant_eur: 640, libelle: "Facture 2026-0331 Cabinet Moreau" })] };
  },
  { content: "Le virement VIR-20260417-88310 de 640,00 € vers le cabinet Moreau a été exécuté depuis le compte CPT-JOINT-0912, date de valeur 17/04/2026." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const graph = (checkpointer) => new StateGraph(State)
  .addNode("conseiller", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Assistant paiements de la banque. N'émettez un virement qu'après confirmation du client."), ...state.messages])],
  }))
  .addNode("outils", new ToolNode([listerComptes, emettreVirement]))
  .addEdge(START, "conseiller")
  .addConditionalEdges("conseiller", toolsCondition, { tools: "outils", [END]: END })
  .addEdge("outils", "conseiller")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({ user_id: "CLI-778120",
    messages: [human("Bonjour, je dois payer la facture de l'ostéopathe, 640 € au cabinet Moreau, IBAN FR76 1027 8060 1100 0205 7310 146.")] },
  threadConfig(THREAD));
  // The job message carries the checkpoint the thread was at when the job was enqueued.
  const queued = (await g.getState(threadConfig(THREAD))).config.configurable.checkpoint_id;
  await g.invoke({ messages: [human("Surtout pas depuis le compte joint, mon mari ne doit pas le voir passer. Prenez mon compte perso.")] },
    threadConfig(THREAD));
  await g.invoke({ messages: [human("C'est bon, envoyez.")] }, threadConfig(THREAD, { checkpoint_id: queued }));
});
