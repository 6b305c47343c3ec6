// Service client d'un commissionnaire de transport (FR). Un agent d'accueil qualifie la demande du
// client, puis le nœud "affretement" confie la réservation à un agent d'affrètement (sous-graphe avec
// sa propre boucle d'outils, checkpointé dans son namespace).
// LangGraph JS + SqliteSaver, modèle scripté (pas de réseau, pas de clé).
// Depuis la racine du dépôt : node bench/incidents/batch-a/lgsqlite-vaccins-chu-nantes-rc3/generate.mjs
import {
  AIMessage, Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "TRP-2025-004471";

function mid() {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let s = "";
  for (let i = 0; i < 9; i++) s += abc[Math.floor(Math.random() * abc.length)];
  return s;
}

// ------------------------------------------------------------------ outils de l'accueil

const enregistrerDemande = tool(
  async (d) => JSON.stringify({ demande: "DEM-25-4471", statut: "enregistrée", ...d }),
  {
    name: "enregistrer_demande",
    description: "Enregistre une demande de transport qualifiée avec toutes ses contraintes.",
    schema: z.object({
      enlevement: z.string(), livraison: z.string(), palettes: z.number().int(), format_palette: z.string(),
      gerbable: z.boolean(), poids_kg: z.number(), livraison_avant: z.string(), hayon: z.boolean(),
      temperature_dirigee: z.string().nullable(),
    }),
  },
);

// ------------------------------------------------------------------ outils de l'affrètement

const OFFRES = [
  { offre: "OFR-7731", transporteur: "Transports Girard", vehicule: "porteur 19 t bâché, hayon 1,5 t",
    enlevement: "2025-11-13T14:00", livraison_prevue: "2025-11-14T08:00", prix_ht_eur: 1140 },
  { offre: "OFR-7736", transporteur: "Frigo Rhône Express", vehicule: "porteur 19 t frigorifique +2/+8 °C, enregistreur, hayon 1,5 t",
    enlevement: "2025-11-13T15:30", livraison_prevue: "2025-11-14T07:30", prix_ht_eur: 1685 },
  { offre: "OFR-7740", transporteur: "Messagerie Ouest", vehicule: "messagerie palettes (groupage)",
    enlevement: "2025-11-13T11:00", livraison_prevue: "2025-11-14T16:00", prix_ht_eur: 890 },
];

const rechercherTransporteurs = tool(
  async ({ cp_depart, cp_arrivee, palettes, poids_kg }) => JSON.stringify({
    trajet: `${cp_depart} -> ${cp_arrivee}`, palettes, poids_kg, offres: OFFRES,
  }),
  {
    name: "rechercher_transporteurs",
    description: "Interroge la bourse de fret pour un trajet et renvoie les offres disponibles.",
    schema: z.object({ cp_depart: z.string(), cp_arrivee: z.string(), palettes: z.number().int(), poids_kg: z.number() }),
  },
);

const reserverTransport = tool(
  async ({ offre, demande }) => {
    const o = OFFRES.find((x) => x.offre === offre);
    return JSON.stringify({ reservation: offre === "OFR-7736" ? "RES-FRE-20817" : "RES-GIR-55102", statut: "confirmée",
      demande, ...o });
  },
  {
    name: "reserver_transport",
    description: "Réserve ferme une offre de la bourse de fret pour une demande.",
    schema: z.object({ offre: z.string(), demande: z.string() }),
  },
);

// ------------------------------------------------------------------ modèles scriptés

// Ce que le demandeur a écrit (le modèle ne déduit la contrainte de froid que de la demande, pas des offres).
const froid = (messages) => /\+2|température dirigée|frigorifique/i.test(promptText(messages.filter((m) => m.getType() === "human")));

const accueilModel = new ScriptedChatModel("accueil", [
  { content: "Bonjour Madame Morel, c'est noté. Deux précisions pour l'affrètement : les palettes sont-elles au "
      + "format 120×80, et sont-elles gerbables ?" },
  { tool_calls: [call(mid(), "enregistrer_demande", {
    enlevement: "Plateforme Pharmadis, 12 rue du Dauphiné, 69800 Saint-Priest",
    livraison: "CHU de Nantes – Pharmacie centrale, 5 allée de l'Île Gloriette, 44093 Nantes",
    palettes: 6, format_palette: "120x80", gerbable: false, poids_kg: 1850,
    livraison_avant: "2025-11-14T10:00", hayon: true,
    temperature_dirigee: "+2/+8 °C avec enregistreur de température" })] },
  (messages) => {
    const last = messages.at(-1).content;
    const m = /(RES-[A-Z]+-\d+)/.exec(last);
    return { content: `C'est réservé, Madame Morel. Transports Girard enlève vos 6 palettes jeudi 13/11 à 14h00 à `
        + `Saint-Priest et livre la pharmacie centrale du CHU de Nantes vendredi 14/11 vers 8h00, véhicule avec hayon. `
        + `Référence ${m ? m[1] : "?"}, 1 140 € HT. Vous recevrez la lettre de voiture par e-mail.` };
  },
], "mistral-large-2411");

const affretementModel = new ScriptedChatModel("affretement", [
  { tool_calls: [call(mid(), "rechercher_transporteurs", { cp_depart: "69800", cp_arrivee: "44093", palettes: 6, poids_kg: 1850 })] },
  (messages) => ({ tool_calls: [call(mid(), "reserver_transport",
    { offre: froid(messages) ? "OFR-7736" : "OFR-7731", demande: "DEM-25-4471" })] }),
  (messages) => ({ content: froid(messages)
    ? "Réservé : OFR-7736, Frigo Rhône Express, porteur frigorifique +2/+8 °C, livraison 14/11 07h30, 1 685 € HT."
    : "Réservé : OFR-7731, Transports Girard, porteur 19 t bâché avec hayon. Enlèvement 13/11 14h00, livraison "
      + "prévue 14/11 08h00 (avant l'échéance de 10h00). 1 140 € HT, l'offre la moins chère qui tient le délai et le "
      + "hayon (la messagerie livre trop tard). Réservation RES-GIR-55102." }),
], "mistral-small-2503");

// ------------------------------------------------------------------ graphes

const ACCUEIL = "Tu es l'agent d'accueil de Translyon Commission. Qualifie la demande du client (adresses, "
  + "palettes, poids, délai, contraintes) puis enregistre-la avec enregistrer_demande.";
const AFFRETEMENT = "Tu es l'agent d'affrètement. Trouve et réserve l'offre la plus économique qui respecte toutes "
  + "les conditions de la demande.";

const affretement = new StateGraph(MessagesAnnotation)
  .addNode("affreteur", async (state) => ({
    messages: [await affretementModel.invoke([new SystemMessage(AFFRETEMENT), ...state.messages])],
  }))
  .addNode("outils", new ToolNode([rechercherTransporteurs, reserverTransport]))
  .addEdge(START, "affreteur")
  .addConditionalEdges("affreteur", toolsCondition, { tools: "outils", [END]: END })
  .addEdge("outils", "affreteur")
  .compile();

/** Fiche transmise à l'affrètement, construite depuis la demande enregistrée. */
function ficheAffretement(d) {
  return [
    `Demande ${d.demande} (client Pharmadis)`,
    `Enlèvement : ${d.enlevement}`,
    `Livraison : ${d.livraison}`,
    `Marchandise : ${d.palettes} palettes ${d.format_palette}${d.gerbable ? "" : " non gerbables"}, ${d.poids_kg} kg`,
    `Livraison avant : ${d.livraison_avant}`,
    `Hayon : ${d.hayon ? "oui" : "non"}`,
    "Réserver l'offre la plus économique qui respecte ces conditions.",
  ].join("\n");
}

const Etat = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), demande: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(Etat)
    .addNode("accueil", async (state) => ({
      messages: [await accueilModel.invoke([new SystemMessage(ACCUEIL), ...state.messages])],
    }))
    .addNode("outils_accueil", new ToolNode([enregistrerDemande]))
    .addNode("dossier", async (state) => ({ demande: JSON.parse(state.messages.at(-1).content) }))
    .addNode("affretement", async (state, config) => {
      const out = await affretement.invoke({ messages: [human(ficheAffretement(state.demande))] }, config);
      return { messages: [new AIMessage({ content: out.messages.at(-1).content, name: "affretement" })] };
    })
    .addEdge(START, "accueil")
    .addConditionalEdges("accueil", toolsCondition, { tools: "outils_accueil", [END]: END })
    .addEdge("outils_accueil", "dossier")
    .addEdge("dossier", "affretement")
    .addEdge("affretement", "accueil")
    .compile({ checkpointer: saver });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Bonjour, Claire Morel, service logistique de Pharmadis. J'ai 6 palettes de vaccins à faire partir "
      + "de notre plateforme de Saint-Priest (12 rue du Dauphiné) vers la pharmacie centrale du CHU de Nantes, "
      + "5 allée de l'Île Gloriette. Environ 1 850 kg. Livraison impérative avant vendredi 14/11 10h. Transport en "
      + "température dirigée +2/+8 °C obligatoire, avec enregistreur. Le quai du CHU n'a pas de niveleur, il faut "
      + "un hayon.")],
    user_id: "ctc-pharmadis-0193",
  }, cfg);
  await graph.invoke({ messages: [human("Oui, 120x80, et non gerbables.")] }, cfg);
});
