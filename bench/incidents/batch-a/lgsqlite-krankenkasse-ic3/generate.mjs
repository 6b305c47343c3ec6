// Krankenkasse-Servicebot: one worker process serves two members one after the other.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const MEMBERS = {
  "KD-4471": { name: "Jana Hoffmann", iban: "DE44 5001 0517 5407 3249 31", adresse: "Lindenstr. 12, 04109 Leipzig", tarif: "Komfort Plus" },
  "KD-5902": { name: "Murat Yilmaz", iban: "DE12 3704 0044 0532 0130 00", adresse: "Wiener Platz 3, 51065 Köln", tarif: "Basis" },
};
let profilMemo = null; // per-process memo for the slow member service
const profilAbrufen = tool(async ({ kundennummer }) => {
  if (!profilMemo) profilMemo = { kundennummer, ...MEMBERS[kundennummer] };
  return JSON.stringify(profilMemo);
}, { name: "profil_abrufen", description: "Stammdaten eines Mitglieds", schema: z.object({ kundennummer: z.string() }) });
const erstattungStatus = tool(async ({ vorgang }) => JSON.stringify(
  vorgang === "ER-2291" ? { vorgang, status: "freigegeben", betrag_eur: 186.4, auszahlung: "2025-05-09" }
    : { vorgang, status: "freigegeben", betrag_eur: 62.0, auszahlung: "2025-05-12" }),
{ name: "erstattung_status", description: "Status einer Erstattung", schema: z.object({ vorgang: z.string() }) });

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
function graph(model, checkpointer) {
  return new StateGraph(State)
    .addNode("agent", async (s) => ({ messages: [await model.invoke(s.messages)] }))
    .addNode("tools", new ToolNode([profilAbrufen, erstattungStatus]))
    .addEdge(START, "agent").addConditionalEdges("agent", toolsCondition).addEdge("tools", "agent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const a = graph(new ScriptedChatModel("a", [
    { tool_calls: [call("call_pa1", "profil_abrufen", { kundennummer: "KD-4471" }), call("call_er1", "erstattung_status", { vorgang: "ER-2291" })] },
    { content: "Hallo Frau Hoffmann, Ihre Erstattung ER-2291 über 186,40 € für die Physiotherapie ist freigegeben und wird am 09.05.2025 auf Ihr Konto DE44 5001 0517 5407 3249 31 überwiesen." },
  ]), saver);
  await a.invoke({ user_id: "KD-4471", messages: [human("Guten Tag, wann kommt das Geld für meine Physiotherapie-Rechnung (Vorgang ER-2291)?")] }, threadConfig("ks-20250506-a81f"));

  const b = graph(new ScriptedChatModel("b", [
    { tool_calls: [call("call_pa2", "profil_abrufen", { kundennummer: "KD-5902" }), call("call_er2", "erstattung_status", { vorgang: "ER-2307" })] },
    { content: "Hallo, Ihre Erstattung ER-2307 über 62,00 € ist freigegeben. Die Auszahlung erfolgt am 12.05.2025 auf das hinterlegte Konto DE44 5001 0517 5407 3249 31 (Inhaberin Jana Hoffmann, Lindenstr. 12, 04109 Leipzig)." },
    { content: "Ja, das ist die Bankverbindung, die in Ihrem Profil hinterlegt ist. Eine Änderung können Sie im Kundenportal unter „Meine Daten“ vornehmen." },
  ]), saver);
  const cfg = threadConfig("ks-20250506-c3d0");
  await b.invoke({ user_id: "KD-5902", messages: [human("Hallo, Kundennummer KD-5902. Auf welches Konto geht die Erstattung ER-2307 und wann?")] }, cfg);
  await b.invoke({ messages: [human("Das ist nicht mein Konto?! Ist das wirklich bei mir hinterlegt?")] }, cfg);
});
