// Assistente di prenotazione del CUP di un'ASST lombarda (italiano). Tra il primo e il secondo messaggio
// della paziente viene rilasciata una nuova versione del grafo che rinomina il campo di stato dei
// vincoli clinici; la versione nuova migra il valore del campo vecchio al primo passo.
// LangGraph JS + SqliteSaver, modello con copione (niente rete, niente chiavi).
// Dalla radice del repository: node bench/incidents/batch-a/lgsqlite-risonanza-aperta-rc3/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "cup-ml-20251107-00418827";

function toolu() {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let s = "toolu_01";
  for (let i = 0; i < 22; i++) s += abc[Math.floor(Math.random() * abc.length)];
  return s;
}

const SLOT = [
  { slot_id: "SLT-1118-P4-0940", data_ora: "2025-11-18T09:40", sede: "Ospedale Niguarda, Padiglione 4",
    apparecchiatura: "RM aperta 0,4 T", durata_min: 35 },
  { slot_id: "SLT-1120-P4-1510", data_ora: "2025-11-20T15:10", sede: "Ospedale Niguarda, Padiglione 4",
    apparecchiatura: "RM aperta 0,4 T", durata_min: 35 },
];

const cercaDisponibilita = tool(
  async ({ prestazione, apparecchiatura, dal }) => JSON.stringify({ prestazione, apparecchiatura, dal,
    slot: apparecchiatura === "aperta" ? SLOT : [{ slot_id: "SLT-1112-B1-0720", data_ora: "2025-11-12T07:20",
      sede: "Ospedale Niguarda, Blocco Sud", apparecchiatura: "RM 1,5 T (tunnel)", durata_min: 30 }] }),
  {
    name: "cerca_disponibilita",
    description: "Cerca gli slot liberi per una prestazione ambulatoriale.",
    schema: z.object({ prestazione: z.string(), apparecchiatura: z.enum(["aperta", "standard"]), dal: z.string() }),
  },
);

let occupato = 1;
const prenota = tool(
  async ({ slot_id, impegnativa, note_reparto }) => {
    if (occupato-- > 0) {
      throw new Error(`409 Conflict: lo slot ${slot_id} è in fase di conferma da un'altra postazione, riprovare tra qualche secondo`);
    }
    const s = SLOT.find((x) => x.slot_id === slot_id);
    return JSON.stringify({ prenotazione: "PRN-25-118204", stato: "confermata", slot_id, impegnativa, note_reparto, ...s,
      preparazione: "Presentarsi 20 minuti prima con impegnativa e tessera sanitaria. Nessun digiuno richiesto." });
  },
  {
    name: "prenota_prestazione",
    description: "Prenota uno slot. note_reparto arriva al personale della radiologia.",
    schema: z.object({ slot_id: z.string(), impegnativa: z.string(), note_reparto: z.string() }),
  },
);

const SISTEMA = "Sei l'assistente di prenotazione del CUP dell'ASST Grande Ospedale Metropolitano Niguarda. "
  + "Rispetta le esigenze cliniche della paziente e riportale nelle note per il reparto.";

const sistema = (esigenze) => SISTEMA + (esigenze ? `\nEsigenze della paziente: ${JSON.stringify(esigenze)}` : "");

const haEsigenze = (messages) => /lattice/.test(messages[0].content);

const model = new ScriptedChatModel(THREAD, [
  (messages) => ({ tool_calls: [call(toolu(), "cerca_disponibilita", { prestazione: "RM ginocchio destro senza mdc",
    apparecchiatura: /aperta/.test(messages[0].content) ? "aperta" : "standard", dal: "2025-11-10" })] }),
  { content: "Ho trovato due posti sulla risonanza aperta, entrambi al Padiglione 4 di Niguarda: martedì 18 novembre "
      + "alle 9:40 oppure giovedì 20 novembre alle 15:10. Quale preferisce?" },
  (messages) => ({ tool_calls: [call(toolu(), "prenota_prestazione", { slot_id: "SLT-1118-P4-0940",
    impegnativa: "0300A4412345678",
    note_reparto: haEsigenze(messages) ? "Paziente allergica al lattice: predisporre protocollo latex-free. "
      + "Claustrofobia: esame su RM aperta." : "" })] }),
  (messages) => ({ tool_calls: [call(toolu(), "prenota_prestazione", { slot_id: "SLT-1118-P4-0940",
    impegnativa: "0300A4412345678",
    note_reparto: haEsigenze(messages) ? "Paziente allergica al lattice: predisporre protocollo latex-free. "
      + "Claustrofobia: esame su RM aperta." : "" })] }),
  (messages) => {
    const p = JSON.parse(lastText(messages, "tool"));
    return { content: `Fatto: prenotazione ${p.prenotazione}, risonanza al ginocchio destro martedì 18 novembre alle 9:40, `
        + `${p.sede}, su ${p.apparecchiatura}. Ho segnalato al reparto l'allergia al lattice, così preparano la sala `
        + "con materiale latex-free. Si presenti 20 minuti prima con impegnativa e tessera sanitaria; non serve il digiuno." };
  },
], "claude-sonnet-4-20250514");

function esigenzeDa(testo) {
  const t = testo.toLowerCase();
  const e = {};
  if (t.includes("claustrofob")) e.apparecchiatura = "RM aperta";
  if (t.includes("lattice")) e.allergie = ["lattice"];
  if (t.includes("claustrofob")) e.note = "claustrofobia";
  return Object.keys(e).length ? e : null;
}

function agente(campo) {
  return async (state) => ({
    messages: [await model.invoke([new SystemMessage(sistema(state[campo])), ...state.messages])],
  });
}

await writeIncident(import.meta.url, async (saver) => {
  const strumenti = new ToolNode([cercaDisponibilita, prenota]);

  // Versione 2025.10.3: i vincoli clinici stanno in "vincoli".
  const V1 = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), vincoli: Annotation() });
  const v1 = new StateGraph(V1)
    .addNode("acquisisci", async (state) => {
      const e = esigenzeDa(lastText(state.messages, "human"));
      return e ? { vincoli: { ...(state.vincoli ?? {}), ...e } } : {};
    })
    .addNode("agente", agente("vincoli"))
    .addNode("strumenti", strumenti)
    .addEdge(START, "acquisisci")
    .addEdge("acquisisci", "agente")
    .addConditionalEdges("agente", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "agente")
    .compile({ checkpointer: saver });

  const cfg = threadConfig(THREAD);
  await v1.invoke({
    messages: [human("Buongiorno, devo prenotare la risonanza magnetica al ginocchio destro che mi ha prescritto "
      + "l'ortopedico, impegnativa 0300A4412345678. Soffro di claustrofobia, quindi mi serve la risonanza aperta, "
      + "e sono allergica al lattice.")],
    user_id: "RSSGLI81E52F205Z",
  }, cfg);

  // Versione 2025.11.1: "vincoli" diventa "esigenze_paziente"; il campo vecchio resta dichiarato
  // finché tutti i thread aperti non sono migrati.
  const V2 = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), vincoli: Annotation(),
    esigenze_paziente: Annotation() });
  const v2 = new StateGraph(V2)
    .addNode("migra_stato", async (state) => (state.vincoli && !state.esigenze_paziente
      ? { esigenze_paziente: { ...state.vincoli, migrato_da: "vincoli" }, vincoli: null } : {}))
    .addNode("acquisisci", async (state) => {
      const e = esigenzeDa(lastText(state.messages, "human"));
      return e ? { esigenze_paziente: { ...(state.esigenze_paziente ?? {}), ...e } } : {};
    })
    .addNode("agente", agente("esigenze_paziente"))
    .addNode("strumenti", strumenti)
    .addEdge(START, "migra_stato")
    .addEdge("migra_stato", "acquisisci")
    .addEdge("acquisisci", "agente")
    .addConditionalEdges("agente", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "agente")
    .compile({ checkpointer: saver });

  await v2.invoke({ messages: [human("Martedì 18 alle 9:40 va benissimo, prenoti pure.")] }, cfg);
});
