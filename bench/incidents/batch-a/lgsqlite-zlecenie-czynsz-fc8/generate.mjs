// Polish retail-banking assistant. Before each turn a "streszczaj" node folds older history into
// a running summary (state channel "streszczenie") and removes those messages from state.
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "zlecenie_2026_11_29_kw";
const IBAN = "PL61109010140000071219812874";

const sprawdzRachunek = tool(
  async ({ iban }) => JSON.stringify({ iban, wlasciciel: "Wspólnota Mieszkaniowa Lipowa 7, Kraków", status: "aktywny", bank: "Santander Bank Polska" }),
  { name: "sprawdz_rachunek", description: "Weryfikuje rachunek odbiorcy (biała lista).", schema: z.object({ iban: z.string() }) },
);

const utworzZlecenie = tool(
  async (a) => JSON.stringify({ zlecenie: "ZS/2026/12/004719", ...a, status: "aktywne", pierwsza_realizacja: a.od }),
  {
    name: "utworz_zlecenie_stale",
    description: "Tworzy zlecenie stałe z rachunku klienta.",
    schema: z.object({
      iban_odbiorcy: z.string(), odbiorca: z.string(), kwota: z.number(), waluta: z.enum(["PLN", "EUR"]),
      dzien_miesiaca: z.number().int().min(1).max(28), od: z.string(), tytul: z.string(),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  streszczenie: Annotation(),
});

const SUMMARY = "Klient chce zlecenie stałe na czynsz: kwota 2450.00 PLN (podał \"2 450,00 zł\"), co miesiąc 10. dnia, "
  + `na rachunek ${IBAN}, odbiorca zweryfikowany: Wspólnota Mieszkaniowa Lipowa 7, Kraków (aktywny). Czeka na datę startu i tytuł.`;

function build(checkpointer, model) {
  return new StateGraph(State)
    .addNode("streszczaj", async (state) => {
      if (state.messages.length <= 4) return {};
      const old = state.messages.slice(0, -1);
      return { streszczenie: SUMMARY, messages: old.map((m) => new RemoveMessage({ id: m.id })) };
    })
    .addNode("asystent", async (state) => {
      const sys = "Jesteś asystentem bankowości internetowej. Zlecenia tworzysz dopiero po weryfikacji odbiorcy."
        + (state.streszczenie ? `\nStreszczenie wcześniejszej rozmowy: ${state.streszczenie}` : "");
      return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages])] };
    })
    .addNode("narzedzia", new ToolNode([sprawdzRachunek, utworzZlecenie]))
    .addEdge(START, "streszczaj")
    .addEdge("streszczaj", "asystent")
    .addConditionalEdges("asystent", (s) => (s.messages.at(-1).tool_calls?.length ? "narzedzia" : END), ["narzedzia", END])
    .addEdge("narzedzia", "asystent")
    .compile({ checkpointer });
}

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_wl_0c7e", "sprawdz_rachunek", { iban: IBAN })] },
  { content: "Rachunek PL61 1090 1014 0000 0712 1981 2874 należy do Wspólnoty Mieszkaniowej Lipowa 7 w Krakowie i jest aktywny. Od kiedy zlecenie ma działać i jaki tytuł przelewu mam wpisać?" },
  (m) => {
    const s = m[0].content;
    const kwota = Number(s.match(/kwota ([\d.]+) PLN/)[1]);
    return {
      tool_calls: [call("call_zs_91ad", "utworz_zlecenie_stale", {
        iban_odbiorcy: s.match(/rachunek (PL\d+)/)[1], odbiorca: "Wspólnota Mieszkaniowa Lipowa 7", kwota, waluta: "PLN",
        dzien_miesiaca: 10, od: "2026-12-10", tytul: "Czynsz lok. 14",
      })],
    };
  },
  (m) => {
    const r = JSON.parse(m.at(-1).content);
    return { content: `Gotowe. Zlecenie stałe ${r.zlecenie}: ${r.kwota.toFixed(2).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, " ")} zł co miesiąc 10. dnia dla Wspólnoty Mieszkaniowej Lipowa 7, tytuł „${r.tytul}”. Pierwszy przelew: 10 grudnia 2026.` };
  },
]);

await writeIncident(import.meta.url, async (saver) => {
  const graph = build(saver, model);
  await graph.invoke({
    messages: [human("Dzień dobry, chcę ustawić zlecenie stałe na czynsz: 2 450,00 zł co miesiąc, 10. dnia, na konto wspólnoty PL61 1090 1014 0000 0712 1981 2874.")],
    user_id: "klient-88120457",
  }, threadConfig(THREAD));
  await graph.invoke({
    messages: [human("Od grudnia. Tytuł: „Czynsz lok. 14”.")],
  }, threadConfig(THREAD));
});
