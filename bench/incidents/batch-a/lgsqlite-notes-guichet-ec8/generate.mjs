// Banque (français) : l'assistant de l'agence garde des notes de suivi rangées par guichet et non par
// client ; le client suivant du même guichet reçoit les notes de la cliente précédente.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const NOTES = new Map(); // clé : guichet

const enregistrer = tool(
  async ({ guichet, note }) => {
    const list = NOTES.get(guichet) ?? [];
    list.push({ note, horodatage: `2026-11-18T09:${String(14 + list.length).padStart(2, "0")}:00+01:00` });
    NOTES.set(guichet, list);
    return JSON.stringify({ guichet, enregistre: true, nb_notes: list.length });
  },
  { name: "enregistrer_note", description: "Enregistre une note de suivi conseiller.", schema: z.object({ guichet: z.string(), note: z.string() }) },
);

const consulter = tool(
  async ({ guichet }) => JSON.stringify({ guichet, notes: NOTES.get(guichet) ?? [] }),
  { name: "consulter_notes", description: "Relit les notes de suivi conseiller.", schema: z.object({ guichet: z.string() }) },
);

const simuler = tool(
  async ({ montant_eur, duree_mois, taux_annuel }) => {
    const r = taux_annuel / 12 / 100;
    const m = (montant_eur * r) / (1 - (1 + r) ** -duree_mois);
    return JSON.stringify({ montant_eur, duree_mois, taux_annuel, mensualite_eur: Math.round(m * 100) / 100 });
  },
  { name: "simuler_pret", description: "Simule un prêt personnel.", schema: z.object({ montant_eur: z.number(), duree_mois: z.number(), taux_annuel: z.number() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), guichet: Annotation() });

function build(checkpointer, model) {
  return new StateGraph(State)
    .addNode("conseiller", async (state) => ({
      messages: [await model.invoke([new SystemMessage(`Assistant conseiller, agence Lyon Part-Dieu, guichet ${state.guichet}.`), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([enregistrer, consulter, simuler]))
    .addEdge(START, "conseiller")
    .addConditionalEdges("conseiller", toolsCondition, ["tools", END])
    .addEdge("tools", "conseiller")
    .compile({ checkpointer });
}

export default async function scenario(checkpointer) {
  const a = "rdv-LPD-20261118-0914";
  const modelA = new ScriptedChatModel(a, [
    { tool_calls: [call("call_nA1", "simuler_pret", { montant_eur: 8000, duree_mois: 48, taux_annuel: 5.9 })] },
    { tool_calls: [call("call_nA2", "enregistrer_note", { guichet: "G3", note: "Mme Hélène Vasseur : en arrêt maladie longue durée depuis septembre, revenus actuels 1 640 €/mois (IJ + prévoyance), dossier de surendettement clos en 2023. Souhaite 8 000 € sur 48 mois pour travaux d'accessibilité." })] },
    { content: "Sur 48 mois à 5,9 %, 8 000 € représentent une mensualité d'environ 187,51 €. J'ai noté votre situation pour que votre conseillère puisse étudier le dossier avec l'assurance emprunteur adaptée." },
  ]);
  await build(checkpointer, modelA).invoke({
    messages: [human("Bonjour, je voudrais emprunter 8 000 € sur 4 ans pour adapter ma salle de bain. Je suis en arrêt maladie longue durée depuis septembre, je touche 1 640 € par mois avec la prévoyance. J'ai eu un dossier de surendettement, clos en 2023.")],
    user_id: "cli-30418822", guichet: "G3",
  }, threadConfig(a));

  const b = "rdv-LPD-20261118-1102";
  const modelB = new ScriptedChatModel(b, [
    { tool_calls: [call("call_nB1", "consulter_notes", { guichet: "G3" })] },
    { tool_calls: [call("call_nB2", "simuler_pret", { montant_eur: 15000, duree_mois: 60, taux_annuel: 5.9 })] },
    { content: "Pour 15 000 € sur 60 mois à 5,9 %, la mensualité serait d'environ 289,30 €. Compte tenu de votre arrêt maladie en cours, de revenus de 1 640 € par mois et de l'ancien dossier de surendettement clos en 2023, ce montant dépasserait 17 % de vos revenus : je vous conseille plutôt 10 000 € ou une durée plus longue, avec une assurance emprunteur adaptée." },
  ]);
  await build(checkpointer, modelB).invoke({
    messages: [human("Bonjour, c'est pour un prêt auto : 15 000 € sur 5 ans. Qu'est-ce que ça donnerait par mois ?")],
    user_id: "cli-27755190", guichet: "G3",
  }, threadConfig(b));
}

await writeIncident(import.meta.url, scenario);
