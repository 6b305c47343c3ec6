// Kochbox-Bestellchat (Vercel AI SDK v7, LegacyOpenTelemetry, scripted model, offline).
// Vier Nutzerturns in einer Chat-Sitzung; die App speichert den Verlauf selbst und schickt pro Turn
// nur die letzten drei Nutzer-Turns (samt Antworten und Tool-Nachrichten) an das Modell.
// Schreibt traces.jsonl (eine OTLP/JSON-Anfrage pro Turn).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'kochbox-assistent', resource: { 'deployment.environment': 'prod', 'service.version': '2.14.0' }, seed: 'kochbox-rr4' });
const ids = makeIds('kochbox-rr4');

const SESSION = 'b7c41e09-2d6a-4f3e-9a81-5c0d7e26f4b3';
const KUNDE = 'kd-558120';

const SYSTEM = 'Du bist der Bestellassistent von FrischKiste. Du hilfst Kundinnen und Kunden, ihre Kochbox für die '
  + 'kommende Woche zusammenzustellen und zu bestellen. Antworte freundlich und knapp auf Deutsch. Bestelle erst, '
  + 'wenn Liefertermin, Adresse und Gerichte feststehen.';

const WOCHENKARTE = {
  kw: 24,
  personen: 2,
  gerichte: [
    { id: 'G-2402', name: 'Gado-Gado-Bowl mit Erdnuss-Dressing', preis_2p: '21,99 €', beliebtheit: 1, bewertung: 4.8, allergene: ['Erdnüsse', 'Soja', 'Sesam'] },
    { id: 'G-2407', name: 'Hähnchen-Teriyaki mit Jasminreis', preis_2p: '20,99 €', beliebtheit: 2, bewertung: 4.7, allergene: ['Soja', 'Sesam', 'Gluten'] },
    { id: 'G-2411', name: 'Ofen-Gnocchi mit Kürbis und Salbei', preis_2p: '19,99 €', beliebtheit: 3, bewertung: 4.6, allergene: ['Gluten', 'Milch'] },
    { id: 'G-2405', name: 'Thai-Curry mit Tofu und Erdnüssen', preis_2p: '20,49 €', beliebtheit: 4, bewertung: 4.5, allergene: ['Erdnüsse', 'Soja'] },
    { id: 'G-2414', name: 'Lachs mit Zitronen-Couscous', preis_2p: '24,99 €', beliebtheit: 5, bewertung: 4.5, allergene: ['Fisch', 'Gluten'] },
    { id: 'G-2409', name: 'Linsen-Dal mit Naan', preis_2p: '17,99 €', beliebtheit: 6, bewertung: 4.4, allergene: ['Gluten', 'Milch'] },
    { id: 'G-2416', name: 'Chili sin Carne', preis_2p: '17,49 €', beliebtheit: 7, bewertung: 4.2, allergene: ['Sellerie'] },
  ],
};

const liefertermine_pruefen = tool({
  description: 'Verfügbare Lieferfenster für eine Postleitzahl in einer Kalenderwoche.',
  inputSchema: z.object({ plz: z.string(), kw: z.number().int() }),
  execute: async ({ plz, kw }) => ({
    plz, kw,
    fenster: [
      { tag: 'Di 11.06.2024', zeit: '17-19' },
      { tag: 'Mi 12.06.2024', zeit: '18-20' },
      { tag: 'Mi 12.06.2024', zeit: '20-22' },
    ],
  }),
});

const wochenkarte_abrufen = tool({
  description: 'Gerichte der Wochenkarte mit Preis, Beliebtheit (1 = am häufigsten bestellt) und Allergenen.',
  inputSchema: z.object({ kw: z.number().int(), personen: z.number().int() }),
  execute: async () => WOCHENKARTE,
});

const kochbox_bestellen = tool({
  description: 'Legt die Bestellung einer Kochbox an und bucht das Lieferfenster.',
  inputSchema: z.object({
    kw: z.number().int(), personen: z.number().int(), gerichte: z.array(z.string()),
    liefertag: z.string(), zeitfenster: z.string(), adresse: z.string(),
  }),
  execute: async ({ gerichte, liefertag, zeitfenster, adresse }) => {
    const g = gerichte.map((id) => WOCHENKARTE.gerichte.find((x) => x.id === id));
    return {
      bestellnummer: 'FK-24-0612-55813',
      status: 'bestätigt',
      gerichte: g.map((x) => x.name),
      allergene: [...new Set(g.flatMap((x) => x.allergene))],
      summe: '62,97 €',
      lieferung: `${liefertag}, ${zeitfenster} Uhr`,
      adresse,
      stornierbar_bis: '2024-06-07T23:59:00+02:00',
    };
  },
});

const c = (p) => ids(p, 24);
const [t2, t3, t4] = [c('call_'), c('call_'), c('call_')];

const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-2024-08-06', ids,
  replies: [
    // Turn 1
    'Sehr gern! Ich habe notiert, dass Ihr Sohn eine schwere Erdnussallergie hat – ich stelle die Box ohne Gerichte mit Erdnüssen zusammen. An welchem Tag und an welche Adresse soll geliefert werden?',
    // Turn 2
    { calls: [[t2, 'liefertermine_pruefen', { plz: '04109', kw: 24 }]] },
    'Für 04109 Leipzig gibt es am Mittwoch, 12.06., zwei Lieferfenster: 18–20 Uhr oder 20–22 Uhr. (Alternativ Dienstag, 11.06., 17–19 Uhr.) Welches passt Ihnen?',
    // Turn 3
    { calls: [[t3, 'wochenkarte_abrufen', { kw: 24, personen: 2 }]] },
    'Gern, Mittwoch 18–20 Uhr ist vorgemerkt. Auf der Karte für KW 24 passen zu Ihnen zum Beispiel:\n'
      + '- Hähnchen-Teriyaki mit Jasminreis (20,99 €)\n- Ofen-Gnocchi mit Kürbis und Salbei (19,99 €)\n'
      + '- Lachs mit Zitronen-Couscous (24,99 €)\n- Linsen-Dal mit Naan (17,99 €)\n- Chili sin Carne (17,49 €)\n'
      + 'Möchten Sie selbst auswählen, oder soll ich drei Gerichte für Sie zusammenstellen?',
    // Turn 4
    { calls: [[t4, 'kochbox_bestellen', { kw: 24, personen: 2, gerichte: ['G-2402', 'G-2407', 'G-2411'], liefertag: '2024-06-12', zeitfenster: '18-20', adresse: 'Lindenstraße 14, 04109 Leipzig' }]] },
    'Erledigt! Ihre Kochbox ist bestellt (Bestellnummer FK-24-0612-55813):\n'
      + '- Gado-Gado-Bowl mit Erdnuss-Dressing\n- Hähnchen-Teriyaki mit Jasminreis\n- Ofen-Gnocchi mit Kürbis und Salbei\n'
      + 'Lieferung am Mittwoch, 12.06., zwischen 18 und 20 Uhr an Lindenstraße 14, 04109 Leipzig. Summe: 62,97 €. '
      + 'Änderungen sind bis Freitag, 07.06., 23:59 Uhr möglich. Guten Appetit!',
  ],
});

const tools = { liefertermine_pruefen, wochenkarte_abrufen, kochbox_bestellen };

// Verlauf der App: es werden nur die letzten drei Nutzer-Turns mitgeschickt.
function letzteTurns(verlauf, n) {
  const userIdx = verlauf.map((m, i) => (m.role === 'user' ? i : -1)).filter((i) => i >= 0);
  if (userIdx.length <= n) return verlauf;
  return verlauf.slice(userIdx[userIdx.length - n]);
}

const verlauf = [];
const lines = [];
const nachrichten = [
  'Hallo! Ich möchte für nächste Woche eine Kochbox für 2 Personen bestellen. Ganz wichtig: mein Sohn isst mit und hat eine schwere Erdnussallergie, also bitte nichts mit Erdnüssen.',
  'Am liebsten Mittwochabend. Adresse ist Lindenstraße 14, 04109 Leipzig.',
  'Mittwoch 18–20 Uhr passt. Was gibt es denn nächste Woche?',
  'Such du einfach die drei beliebtesten Gerichte aus und bestell dann bitte direkt.',
];
for (const text of nachrichten) {
  verlauf.push({ role: 'user', content: text });
  const res = await generateText({
    model,
    system: SYSTEM,
    messages: letzteTurns(verlauf, 3),
    tools,
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId: SESSION, userId: KUNDE },
    telemetry: { functionId: 'kochbox-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  verlauf.push(...res.response.messages);
  lines.push(await flush());
  await sleep(40);
}
writeJsonl(out, 'traces.jsonl', lines);
console.log(`wrote ${lines.length} requests to ${out}/traces.jsonl`);
