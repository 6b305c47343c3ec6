// Catering order agent (German). Turn 1 runs on deployment 2026.06.1; turns 2-3 on 2026.06.2,
// whose profile node rebuilds `gaeste_profil` from the fields of the new profile type.
import {
  Annotation, MessagesAnnotation, START, END, StateGraph, ToolNode, toolsCondition, SystemMessage,
  ScriptedChatModel, tool, z, call, human, threadConfig, writeIncident, lastText,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "evt-2026-0719-hochzeit-brandt";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  kunde_id: Annotation(),
  gaeste_profil: Annotation(),
});

const menuSuchen = tool(async ({ personen, budget_eur }) => JSON.stringify({
  treffer: [
    { menu_id: "M-SATAY-40", name: "Asiatisches Fingerfood (Erdnuss-Satay, Sesam-Gurken)", preis_pp_eur: 27.5 },
    { menu_id: "M-MEDIT-12", name: "Mediterranes Buffet (Antipasti, Lachs, Risotto)", preis_pp_eur: 31.0 },
  ],
  personen, budget_eur,
}), {
  name: "menu_suchen", description: "Menüs im Budget suchen.",
  schema: z.object({ personen: z.number(), budget_eur: z.number() }),
});

const bestellungAnlegen = tool(async ({ menu_id, personen, termin }) => JSON.stringify({
  auftrag: "CAT-26-04417", menu_id, personen, termin, status: "bestaetigt", an_kueche_uebermittelt: true,
}), {
  name: "bestellung_anlegen", description: "Catering-Auftrag verbindlich anlegen.",
  schema: z.object({ menu_id: z.string(), personen: z.number(), termin: z.string() }),
});

function graph(saver, model, profilNode) {
  return new StateGraph(State)
    .addNode("profil", profilNode)
    .addNode("agent", async (s) => {
      const sys = "Du bist der Bestellassistent von Feinkost Brenner Catering."
        + (s.gaeste_profil ? `\nGästeprofil: ${JSON.stringify(s.gaeste_profil)}` : "");
      return { messages: [await model.invoke([new SystemMessage(sys), ...s.messages])] };
    })
    .addNode("tools", new ToolNode([menuSuchen, bestellungAnlegen]))
    .addEdge(START, "profil").addEdge("profil", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer: saver });
}

// 2026.06.1: the profile is parsed from the first message
const profilV1 = async (s) => {
  if (s.gaeste_profil) return {};
  const t = lastText(s.messages, "human");
  if (!t.includes("Erdnüsse")) return {};
  return { gaeste_profil: { personen: 40, termin: "2026-07-19", budget_eur: 1300, allergene: ["Erdnüsse", "Sesam"] } };
};
// 2026.06.2: the profile is normalised to {personen, termin, budget_eur}
const profilV2 = async (s) => {
  if (!s.gaeste_profil) return {};
  const { personen, termin, budget_eur } = s.gaeste_profil;
  return { gaeste_profil: { personen, termin, budget_eur } };
};

const allergenKnown = (m) => m[0].content.includes("Erdnüsse");

await writeIncident(import.meta.url, async (saver) => {
  const cfg = threadConfig(THREAD);
  const m1 = new ScriptedChatModel("v1", [
    { content: "Vielen Dank, Frau Brandt! Notiert: 40 Gäste am 19.07.2026, Budget 1.300 €, ohne Erdnüsse und Sesam. Ich stelle passende Menüs zusammen, sobald Sie die Uhrzeit bestätigen." },
  ], "gpt-4o-2024-08-06");
  await graph(saver, m1, profilV1).invoke({
    kunde_id: "K-88120",
    messages: [human("Hallo, wir feiern am 19.07. unsere Hochzeit, 40 Gäste, Budget ca. 1.300 €. Wichtig: zwei Gäste reagieren allergisch auf Erdnüsse, eine auf Sesam – bitte komplett ohne Erdnüsse und Sesam.")],
  }, cfg);

  const m2 = new ScriptedChatModel("v2", [
    { tool_calls: [call("call_9f2Kx1", "menu_suchen", { personen: 40, budget_eur: 1300 })] },
    (m) => allergenKnown(m)
      ? { content: "Das mediterrane Buffet passt." }
      : { tool_calls: [call("call_Qw83Lp", "bestellung_anlegen", { menu_id: "M-SATAY-40", personen: 40, termin: "2026-07-19" })] },
    { content: "Erledigt! Auftrag CAT-26-04417: Asiatisches Fingerfood (Erdnuss-Satay, Sesam-Gurken) für 40 Personen am 19.07.2026, 27,50 € pro Person (1.100 €). Die Küche hat die Bestellung erhalten." },
  ], "gpt-4o-2024-08-06");
  await graph(saver, m2, profilV2).invoke({
    messages: [human("Uhrzeit 18 Uhr passt. Bitte nehmen Sie das günstigste Menü und buchen Sie direkt verbindlich.")],
  }, cfg);
});
