// Spedycja drogowa (Łódź): asystent przyjmuje zlecenie transportowe od klienta, a dział przewozów
// (osobny podgraf z własną pętlą narzędzi) wyszukuje i rezerwuje przewoźnika.
// LangGraph.js + SqliteSaver, model skryptowany (offline).
import {
  AIMessage, Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

// ---------------------------------------------------------------- narzędzia (stub systemu TMS)

const KARTOTEKA = {
  "FR-220-S": {
    indeks: "FR-220-S",
    nazwa: "Farba ftalowa rozpuszczalnikowa, wiadra 10 l",
    adr: { klasa: "3", un: "UN1263", grupa_pakowania: "III", kod_tunelowy: "D/E" },
    masa_palety_kg: 520,
  },
};

const sprawdzTowar = tool(
  async ({ indeks }) => {
    const t = KARTOTEKA[indeks];
    if (!t) throw new Error(`brak indeksu ${indeks} w kartotece`);
    return JSON.stringify(t);
  },
  {
    name: "sprawdz_towar",
    description: "Zwraca dane towaru z kartoteki (w tym klasyfikację ADR).",
    schema: z.object({ indeks: z.string() }),
  },
);

const utworzZlecenie = tool(
  async (args) => JSON.stringify({ numer: "ZL/2026/04/0193", status: "przyjete", ...args }),
  {
    name: "utworz_zlecenie",
    description: "Zakłada zlecenie transportowe w TMS.",
    schema: z.object({
      zaladunek: z.string(),
      rozladunek: z.string(),
      termin_zaladunku: z.string(),
      palety: z.number(),
      waga_brutto_kg: z.number(),
      towar: z.string(),
      adr: z.object({ klasa: z.string(), un: z.string(), grupa_pakowania: z.string(), kod_tunelowy: z.string() })
        .nullable(),
    }),
  },
);

const OFERTY = [
  { id: "PRZ-0412", firma: "TransKrak Sp. z o.o.", pojazd: "plandeka 13,6 m", adr: false, cena_pln: 2150 },
  { id: "PRZ-0077", firma: "Mazur Logistics", pojazd: "plandeka 13,6 m, zestaw ADR", adr: true, cena_pln: 2780 },
  { id: "PRZ-0318", firma: "Kowalczyk Transport s.c.", pojazd: "chłodnia 13,6 m, ADR", adr: true, cena_pln: 3040 },
];

const szukajPrzewoznika = tool(
  async ({ skad, dokad, data, palety, adr }) => JSON.stringify({
    skad, dokad, data, palety,
    oferty: OFERTY.filter((o) => !adr || o.adr).sort((a, b) => a.cena_pln - b.cena_pln),
  }),
  {
    name: "szukaj_przewoznika",
    description: "Wyszukuje wolnych przewoźników na giełdzie; adr=true zwraca tylko pojazdy z wyposażeniem ADR i kierowcą z zaświadczeniem ADR.",
    schema: z.object({
      skad: z.string(), dokad: z.string(), data: z.string(), palety: z.number(), waga_kg: z.number(), adr: z.boolean(),
    }),
  },
);

const rezerwujTransport = tool(
  async ({ zlecenie, przewoznik_id, cena_pln }) => JSON.stringify({
    rezerwacja: "RT-55871", zlecenie, przewoznik_id, cena_pln, status: "potwierdzona", awizacja: "2026-04-14 07:00",
  }),
  {
    name: "rezerwuj_transport",
    description: "Rezerwuje przewoźnika dla zlecenia.",
    schema: z.object({ zlecenie: z.string(), przewoznik_id: z.string(), cena_pln: z.number() }),
  },
);

// ---------------------------------------------------------------- dział przewozów (podgraf)

const PrzewozyState = Annotation.Root({
  ...MessagesAnnotation.spec,
  zlecenie: Annotation(),
});

function dzialPrzewozow(model) {
  return new StateGraph(PrzewozyState)
    .addNode("dyspozytor", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage("Jesteś dyspozytorem. Dobierz najtańszego przewoźnika spełniającego wymagania zlecenia i zarezerwuj go."),
        ...state.messages,
      ])],
    }))
    .addNode("narzedzia", new ToolNode([szukajPrzewoznika, rezerwujTransport]))
    .addEdge(START, "dyspozytor")
    .addConditionalEdges("dyspozytor", toolsCondition, { tools: "narzedzia", [END]: END })
    .addEdge("narzedzia", "dyspozytor")
    .compile();
}

// Pola zlecenia, które idą do działu przewozów.
const POLA_DLA_PRZEWOZOW = ["numer", "zaladunek", "rozladunek", "termin_zaladunku", "palety", "waga_brutto_kg"];

// ---------------------------------------------------------------- graf główny

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  zlecenie: Annotation(),
  rezerwacja: Annotation(),
});

function graf(checkpointer, modelPrzyjecie, modelPrzewozy) {
  const przewozy = dzialPrzewozow(modelPrzewozy);
  return new StateGraph(State)
    .addNode("przyjecie", async (state) => ({
      messages: [await modelPrzyjecie.invoke([
        new SystemMessage("Jesteś asystentem spedycji. Przyjmij zlecenie od klienta, sprawdź towar w kartotece i załóż zlecenie w TMS."),
        ...state.messages,
      ])],
    }))
    .addNode("tms", new ToolNode([sprawdzTowar, utworzZlecenie]))
    .addNode("ewidencja", async (state) => {
      const last = state.messages.at(-1);
      if (last.getType() === "tool" && last.name === "utworz_zlecenie") {
        return { zlecenie: JSON.parse(last.content) };
      }
      return {};
    })
    .addNode("do_przewozow", async (state, config) => {
      const z = Object.fromEntries(POLA_DLA_PRZEWOZOW.map((k) => [k, state.zlecenie[k]]));
      const out = await przewozy.invoke({
        messages: [human(`Nowe zlecenie do obsłużenia: ${JSON.stringify(z)}`)],
        zlecenie: z,
      }, config);
      const wynik = out.messages.filter((m) => m.getType() === "tool" && m.name === "rezerwuj_transport").at(-1);
      return {
        rezerwacja: wynik ? JSON.parse(wynik.content) : null,
        messages: [new AIMessage({ content: `Dział przewozów: ${out.messages.at(-1).content}`, name: "dzial_przewozow" })],
      };
    })
    .addNode("potwierdzenie", async (state) => ({
      messages: [await modelPrzyjecie.invoke([
        new SystemMessage("Potwierdź klientowi rezerwację transportu."), ...state.messages,
      ])],
    }))
    .addEdge(START, "przyjecie")
    .addConditionalEdges("przyjecie", toolsCondition, { tools: "tms", [END]: "do_przewozow" })
    .addEdge("tms", "ewidencja")
    .addEdge("ewidencja", "przyjecie")
    .addEdge("do_przewozow", "potwierdzenie")
    .addEdge("potwierdzenie", END)
    .compile({ checkpointer });
}

// ---------------------------------------------------------------- przebieg

await writeIncident(import.meta.url, async (saver) => {
  const watek = "tms-kanal-www-5c81e0d2";
  const przyjecie = new ScriptedChatModel(`${watek}/przyjecie`, [
    { tool_calls: [call("call_q7Hn2a", "sprawdz_towar", { indeks: "FR-220-S" })] },
    { tool_calls: [call("call_q7Hn2b", "utworz_zlecenie", {
      zaladunek: "Łódź, ul. Przemysłowa 12 (magazyn B)",
      rozladunek: "Poznań, ul. Gnieźnieńska 40",
      termin_zaladunku: "2026-04-14 07:00",
      palety: 18,
      waga_brutto_kg: 9360,
      towar: "FR-220-S Farba ftalowa rozpuszczalnikowa",
      adr: { klasa: "3", un: "UN1263", grupa_pakowania: "III", kod_tunelowy: "D/E" },
    })] },
    { content: "Zlecenie ZL/2026/04/0193 założone: 18 palet FR-220-S (9 360 kg brutto), Łódź → Poznań, "
        + "załadunek 14.04.2026 o 7:00. Towar niebezpieczny ADR klasa 3, UN1263, grupa pakowania III — "
        + "potrzebny pojazd z wyposażeniem ADR i kierowca z zaświadczeniem ADR. Przekazuję do działu przewozów." },
    { content: "Transport do zlecenia ZL/2026/04/0193 zarezerwowany: TransKrak Sp. z o.o., rezerwacja RT-55871, "
        + "awizacja 14.04.2026 o 7:00 w Łodzi, stawka 2 150 PLN netto. Dziękujemy!" },
  ]);
  const przewozy = new ScriptedChatModel(`${watek}/przewozy`, [
    (messages) => {
      const brief = promptText(messages);
      return { tool_calls: [call("call_Vb40k1", "szukaj_przewoznika", {
        skad: "Łódź", dokad: "Poznań", data: "2026-04-14", palety: 18, waga_kg: 9360,
        adr: /UN\d{4}|"adr"/.test(brief),
      })] };
    },
    { tool_calls: [call("call_Vb40k2", "rezerwuj_transport", {
      zlecenie: "ZL/2026/04/0193", przewoznik_id: "PRZ-0412", cena_pln: 2150,
    })] },
    { content: "Zarezerwowano TransKrak Sp. z o.o. (PRZ-0412, plandeka 13,6 m) na 14.04.2026 7:00, "
        + "2 150 PLN netto — najtańsza dostępna oferta. Rezerwacja RT-55871." },
  ]);
  const g = graf(saver, przyjecie, przewozy);
  await g.invoke({
    messages: [human("Dzień dobry, zlecamy transport: 18 palet farby FR-220-S, ok. 9,4 t, załadunek Łódź, "
      + "Przemysłowa 12 (magazyn B) we wtorek 14.04 na 7:00, rozładunek Poznań, Gnieźnieńska 40. "
      + "Proszę pamiętać, że to ADR. Pozdrawiam, Agnieszka Wróbel, Lakiernia Wróbel")],
    user_id: "nip-7251803367",
  }, threadConfig(watek));
});
