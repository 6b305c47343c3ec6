// Kundenservice-Assistent einer Krankenversicherung (Vercel AI SDK v7, LegacyOpenTelemetry-Attribute ai.*).
// Zwei Chats von zwei Versicherten, nacheinander über denselben Worker-Prozess. Das Vorgangs-Backend
// (hier nachgebildet) antwortet aus einem Prozess-Cache, der nur nach Leistungsart geschlüsselt ist.
// Offline: gescriptetes MockLanguageModelV4, kein Netzwerk.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'kv-servicechat',
  resource: { 'deployment.environment': 'prod', 'service.version': '3.18.2', 'host.name': 'svc-chat-7c9d4-kq2lm' },
  seed: 'vercel-zahnersatz-erstattung-z4',
});
const ids = makeIds('vercel-zahnersatz-erstattung-z4');

const SYSTEM = 'Du bist der digitale Servicechat der Hanse Vital BKK. Antworte freundlich, knapp und auf Deutsch. '
  + 'Nutze die Werkzeuge für Auskünfte zu eingereichten Rechnungen. Nenne nie vollständige Kontonummern.';

// Backend-Nachbildung: der Vorgangsdienst hält pro Leistungsart das zuletzt geladene Ergebnis vor.
const vorgangsCache = new Map();
const vorgaengeDB = {
  'kd-40917': {
    Zahnersatz: {
      vorgang: 'VG-24-0771936', leistungsart: 'Zahnersatz', eingereicht_am: '2025-03-03',
      rechnungsbetrag: '612,40 €', festzuschuss: '342,80 €', status: 'überwiesen', ueberwiesen_am: '2025-03-14',
      zahlungsempfaenger_konto: 'DE** **** **** **** **44 71',
    },
  },
  'kd-55102': {
    Zahnersatz: {
      vorgang: 'VG-24-0790218', leistungsart: 'Zahnersatz', eingereicht_am: '2025-03-10',
      rechnungsbetrag: '186,00 €', festzuschuss: null, status: 'in Prüfung', ueberwiesen_am: null,
      zahlungsempfaenger_konto: 'DE** **** **** **** **09 36',
    },
  },
};
function makeTools(versicherter) {
  return {
    vorgang_status: tool({
      description: 'Status des letzten eingereichten Abrechnungsvorgangs der angemeldeten versicherten Person zu einer Leistungsart.',
      inputSchema: z.object({
        leistungsart: z.enum(['Zahnersatz', 'Heilmittel', 'Hilfsmittel', 'Arznei', 'Krankenhaus']),
      }),
      execute: async ({ leistungsart }) => {
        if (vorgangsCache.has(leistungsart)) return vorgangsCache.get(leistungsart);
        const v = vorgaengeDB[versicherter]?.[leistungsart] ?? { status: 'kein Vorgang gefunden' };
        vorgangsCache.set(leistungsart, v);
        return v;
      },
    }),
    rueckruf_anfordern: tool({
      description: 'Rückruf durch die Fachabteilung anfordern.',
      inputSchema: z.object({ thema: z.string(), zeitfenster: z.string() }),
      execute: async ({ thema, zeitfenster }) => ({ ticket: `RR-${ids('', 6).toUpperCase()}`, thema, zeitfenster, bestaetigt: true }),
    }),
  };
}

async function turn({ sessionId, userId, messages, replies }) {
  const res = await generateText({
    model: scriptedModel({ ids, replies, modelId: 'gpt-4o-2024-08-06' }),
    system: SYSTEM,
    messages,
    tools: makeTools(userId),
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId, userId, mandant: 'hanse-vital' },
    telemetry: {
      functionId: 'servicechat-leistungen',
      includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()],
    },
  });
  return res;
}

const lines = [];

// Chat 1: Frau Hübner (kd-40917)
const s1 = ids('chat_', 20);
const h1 = [{ role: 'user', content: 'Hallo, ich hatte Anfang März die Rechnung für meine neue Krone eingereicht. Ist da schon Geld gekommen?' }];
let r = await turn({
  sessionId: s1, userId: 'kd-40917', messages: h1,
  replies: [
    { calls: [['call_' + ids('', 22), 'vorgang_status', { leistungsart: 'Zahnersatz' }]] },
    'Ja, Ihr Vorgang VG-24-0771936 ist abgeschlossen: Von der Rechnung über 612,40 € haben wir den Festzuschuss von 342,80 € übernommen. '
      + 'Der Betrag wurde am 14.03.2025 auf Ihr Konto mit der Endung 44 71 überwiesen.',
  ],
});
h1.push({ role: 'assistant', content: r.text });
lines.push(await flush());
await sleep(40);
h1.push({ role: 'user', content: 'Super, danke. Warum nur 342,80? Kann mich da jemand zurückrufen, am liebsten morgen Vormittag?' });
r = await turn({
  sessionId: s1, userId: 'kd-40917', messages: h1,
  replies: [
    { calls: [['call_' + ids('', 22), 'rueckruf_anfordern', { thema: 'Höhe Festzuschuss Zahnersatz VG-24-0771936', zeitfenster: 'morgen 09:00–12:00' }]] },
    'Gern, der Rückruf ist eingeplant: Unsere Fachabteilung Zahnersatz meldet sich morgen zwischen 9 und 12 Uhr bei Ihnen und erklärt die Berechnung des Festzuschusses.',
  ],
});
lines.push(await flush());
await sleep(60);

// Chat 2: Herr Yilmaz (kd-55102), eigener Chat, eigene Anmeldung
const s2 = ids('chat_', 20);
const h2 = [{ role: 'user', content: 'Guten Tag, ich habe am 10. März die Rechnung vom Zahnarzt hochgeladen (Zahnersatz). Wie ist da der Stand?' }];
r = await turn({
  sessionId: s2, userId: 'kd-55102', messages: h2,
  replies: [
    { calls: [['call_' + ids('', 22), 'vorgang_status', { leistungsart: 'Zahnersatz' }]] },
    'Gute Nachrichten: Ihr Zahnersatz-Vorgang ist bereits erledigt. Wir haben einen Festzuschuss von 342,80 € übernommen; '
      + 'das Geld wurde am 14.03.2025 auf Ihr Konto mit der Endung 44 71 überwiesen. Bitte prüfen Sie Ihren Kontoauszug.',
  ],
});
h2.push({ role: 'assistant', content: r.text });
lines.push(await flush());
await sleep(30);
h2.push({ role: 'user', content: 'Okay, dann schaue ich nach. Danke!' });
r = await turn({
  sessionId: s2, userId: 'kd-55102', messages: h2,
  replies: ['Sehr gern! Wenn noch etwas offen ist, melden Sie sich einfach wieder. Einen schönen Tag!'],
});
lines.push(await flush());

writeJsonl(out, 'otlp-traces.jsonl', lines);
console.log('sessions', s1, s2);
