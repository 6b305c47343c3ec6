// Claims desk (French). The intake agent collects the claim details, then hands the file to the
// settlement subgraph with a one-line summary; the settlement agent pays out from that summary.
import {
  AIMessage, Annotation, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  toolsCondition, ScriptedChatModel, call, human, lastText, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const consulterContrat = tool(
  async ({ numero_contrat }) => JSON.stringify({
    numero_contrat, formule: "Habitation Confort", garantie: "dégâts des eaux",
    franchise_eur: 150, plafond_dommages_electriques_eur: 800, statut: "actif",
  }),
  {
    name: "consulter_contrat",
    description: "Renvoie les garanties, franchises et plafonds d'un contrat habitation.",
    schema: z.object({ numero_contrat: z.string() }),
  },
);

const verserIndemnite = tool(
  async ({ dossier, montant_eur, iban_suffixe }) => JSON.stringify({
    dossier, montant_eur, iban_suffixe, virement: "VIR-88213-Q", statut: "ordonné", date_valeur: "2026-04-17",
  }),
  {
    name: "verser_indemnite",
    description: "Ordonne le virement de l'indemnité d'un sinistre.",
    schema: z.object({ dossier: z.string(), montant_eur: z.number(), iban_suffixe: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), dossier: Annotation() });
const thread = "sin#2026-0412-LYO";

const accueil = new ScriptedChatModel("accueil", [
  { tool_calls: [call("toolu_01Kf7w", "consulter_contrat", { numero_contrat: "HAB-3390217" })] },
  { content: "Merci. Votre contrat HAB-3390217 couvre le dégât des eaux avec une franchise de 150 €. "
      + "Les dommages électriques (lave-linge, box) sont plafonnés à 800 €. Je transmets votre dossier "
      + "SIN-2026-0412 au service règlement." },
], "claude-3-5-sonnet-20241022");

const reglement = new ScriptedChatModel("reglement", [
  (messages) => {
    const text = promptText(messages);
    const plafond = text.includes("800") ? 800 : null;
    const brut = 1990;
    const montant = (plafond ? Math.min(brut, 1090 + plafond) : brut) - (text.includes("150") ? 150 : 0);
    return { tool_calls: [call("toolu_01Rg2c", "verser_indemnite",
      { dossier: "SIN-2026-0412", montant_eur: montant, iban_suffixe: "4471" })] };
  },
  (messages) => ({ content: `Indemnité de ${JSON.parse(lastText(messages, "tool")).montant_eur} € ordonnée pour le `
      + "dossier SIN-2026-0412 (virement VIR-88213-Q, valeur 17/04/2026)." }),
], "claude-3-5-sonnet-20241022");

const Sub = Annotation.Root({ ...MessagesAnnotation.spec });
const sousGraphe = new StateGraph(Sub)
  .addNode("agent_reglement", async (s) => ({
    messages: [await reglement.invoke([
      new SystemMessage("Tu es l'agent règlement. Calcule et ordonne l'indemnité."), ...s.messages])],
  }))
  .addNode("outils_reglement", new ToolNode([verserIndemnite]))
  .addEdge(START, "agent_reglement")
  .addConditionalEdges("agent_reglement", toolsCondition, { tools: "outils_reglement", [END]: END })
  .addEdge("outils_reglement", "agent_reglement")
  .compile();

const graph = new StateGraph(State)
  .addNode("accueil", async (state) => ({
    messages: [await accueil.invoke([
      new SystemMessage("Tu es le conseiller sinistres de Mutuelle Rhône-Alpes."), ...state.messages])],
  }))
  .addNode("outils_accueil", new ToolNode([consulterContrat]))
  .addNode("transfert_reglement", async (state) => {
    const resume = "Dossier SIN-2026-0412, contrat HAB-3390217 (Habitation Confort). Dégât des eaux du "
      + "02/04/2026 : parquet 1 090 €, lave-linge 520 €, box internet 380 € (total déclaré 1 990 €, "
      + "factures jointes). Virement sur le compte se terminant par 4471.";
    const out = await sousGraphe.invoke({ messages: [new HumanMessage(resume)] });
    return { dossier: "SIN-2026-0412", messages: [new AIMessage(lastText(out.messages, "ai"))] };
  })
  .addEdge(START, "accueil")
  .addConditionalEdges("accueil", (s) => (s.messages.at(-1).tool_calls?.length ? "outils_accueil" : "transfert_reglement"))
  .addEdge("outils_accueil", "accueil")
  .addEdge("transfert_reglement", END);

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  await app.invoke({
    messages: [human("Bonjour, fuite du chauffe-eau le 2 avril. Parquet abîmé (1 090 €), lave-linge HS (520 €) "
      + "et box internet grillée (380 €). Contrat HAB-3390217, IBAN se terminant par 4471.")],
    user_id: "cli-58820931",
  }, threadConfig(thread));
});
