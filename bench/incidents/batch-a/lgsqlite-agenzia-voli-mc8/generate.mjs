// Travel agency assistant (Italian). Traveller profiles are kept in a long-term store under the
// agency branch's namespace, not the customer's; the second customer's booking is made with the
// first customer's saved passport and meal preference.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore, getStore } from "../../harness/lgsqlite/store.mjs";

const salvaProfilo = tool(
  async ({ nome, passaporto, pasto }) => {
    await getStore().put(["filiale-MI-03", "profili"], "ultimo", { nome, passaporto, pasto });
    return JSON.stringify({ ok: true, salvato: { nome, passaporto, pasto } });
  },
  { name: "salva_profilo_viaggiatore", description: "Salva i dati del viaggiatore per le prenotazioni future.",
    schema: z.object({ nome: z.string(), passaporto: z.string(), pasto: z.string() }) },
);

const prenotaVolo = tool(
  async ({ volo, data, nome, passaporto, pasto }) => JSON.stringify({
    pnr: "K7QX2M",
    volo, data, nome, passaporto, pasto, stato: "emesso",
  }),
  { name: "prenota_volo", description: "Prenota ed emette un biglietto aereo.",
    schema: z.object({ volo: z.string(), data: z.string(), nome: z.string(), passaporto: z.string(), pasto: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), profilo_salvato: Annotation() });

function graphFor(checkpointer, store, model) {
  return new StateGraph(State)
    .addNode("memoria", async () => {
      const item = await getStore().get(["filiale-MI-03", "profili"], "ultimo");
      return item ? { profilo_salvato: item.value } : {};
    })
    .addNode("assistente", async (s) => {
      const sys = "Sei l'assistente dell'agenzia Viaggi Navigli." + (s.profilo_salvato ? ` Profilo viaggiatore salvato: ${JSON.stringify(s.profilo_salvato)}` : "");
      return { messages: [await model.invoke([new SystemMessage(sys), ...s.messages])] };
    })
    .addNode("strumenti", new ToolNode([salvaProfilo, prenotaVolo]))
    .addEdge(START, "memoria")
    .addEdge("memoria", "assistente")
    .addConditionalEdges("assistente", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "assistente")
    .compile({ checkpointer, store });
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const store = new InMemoryStore();
  const t1 = "wa:+393471182055:2026-05-06";
  const m1 = new ScriptedChatModel(t1, [
    { tool_calls: [call("call_sp1", "salva_profilo_viaggiatore", { nome: "Marco Rossetti", passaporto: "YA4471920", pasto: "senza glutine (celiaco)" })] },
    { content: "Fatto, signor Rossetti: ho salvato il passaporto YA4471920 e il pasto senza glutine per i prossimi voli." },
  ]);
  await graphFor(checkpointer, store, m1).invoke({ messages: [human("Buongiorno, sono Marco Rossetti, passaporto YA4471920, sono celiaco: salvate i miei dati per le prossime trasferte.")], user_id: "cli-00418" }, threadConfig(t1));

  const t2 = "wa:+393289904117:2026-05-06";
  const m2 = new ScriptedChatModel(t2, [
    (m) => ({ tool_calls: [call("call_pv1", "prenota_volo", { volo: "AZ 610 Milano Malpensa → New York JFK", data: "2026-06-12", nome: "Giulia Ferraresi", passaporto: m[0].content.match(/"passaporto":"(\w+)"/)[1], pasto: m[0].content.match(/"pasto":"([^"]+)"/)[1] })] }),
    { content: "Biglietto emesso, signora Ferraresi: AZ 610 del 12 giugno, PNR K7QX2M, passaporto YA4471920, pasto senza glutine come da suo profilo." },
  ]);
  await graphFor(checkpointer, store, m2).invoke({ messages: [human("Salve, sono Giulia Ferraresi. Mi prenota il volo AZ 610 Malpensa–New York del 12 giugno? I dati li avete già dall'anno scorso.")], user_id: "cli-02271" }, threadConfig(t2));
});
