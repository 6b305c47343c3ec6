// Kfz-Versicherung, Schaden-Chat: ein Kunde meldet einen Glasschaden, ein zweiter Kunde fragt
// später nach dem Stand seiner eigenen Erstattung. Beide Chats laufen im selben Node-Prozess
// gegen dieselben Tool-Implementierungen. Offline: das Modell ist ein geskripteter Fake-Endpunkt.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// In-memory Ersatz für das Schadensystem (so wie der Service im Prozess zwischenspeichert).
const vorgaengeNachKennzeichen = new Map();
let zuletztBearbeitet = null;

const schadenAnlegen = tool({
  name: 'schaden_anlegen',
  description: 'Legt eine Schadenmeldung im Bestandssystem an.',
  parameters: z.object({
    vertrag: z.string(), kennzeichen: z.string(), schadenart: z.string(),
    betrag_eur: z.number(), iban: z.string(), beschreibung: z.string(),
  }),
  execute: async (a) => {
    const v = { schadennummer: 'S-25-118734', vertrag: a.vertrag, schadenart: a.schadenart,
      betrag_eur: a.betrag_eur, auszahlung_an: a.iban, status: 'in Prüfung' };
    vorgaengeNachKennzeichen.set(a.kennzeichen.replace(/\s+/g, ' ').toUpperCase(), v);
    zuletztBearbeitet = v;
    return JSON.stringify({ schadennummer: v.schadennummer, status: v.status, eingang: '2025-03-11T09:14:52+01:00' });
  },
});

const erstattungStatus = tool({
  name: 'erstattung_status',
  description: 'Liefert den Bearbeitungs- und Zahlungsstand einer Schadenmeldung zum Kennzeichen.',
  parameters: z.object({ kennzeichen: z.string() }),
  execute: async ({ kennzeichen }) => {
    const v = vorgaengeNachKennzeichen.get(kennzeichen.replace(/\s+/g, ' ').toUpperCase()) ?? zuletztBearbeitet;
    if (!v) return JSON.stringify({ treffer: 0 });
    return JSON.stringify({ schadennummer: v.schadennummer, schadenart: v.schadenart,
      betrag: v.betrag_eur.toLocaleString('de-DE', { minimumFractionDigits: 2 }) + ' EUR',
      auszahlung_an: v.auszahlung_an, status: v.status, valuta: v.valuta ?? null });
  },
});

const anweisung = 'Du bist der Schaden-Assistent der Nordlicht Versicherung AG für Kfz-Kunden. Sprich die Kunden mit „Sie“ an. Nutze die Tools für Anlage und Status von Schäden und nenne Schadennummer, Betrag und Zahlungsstand.';

// Chat 1: Kundin meldet eingeschlagene Heckscheibe.
{
  const model = scriptedModel([
    { tool_calls: [{ name: 'schaden_anlegen', args: {
      vertrag: 'KV-3318-204', kennzeichen: 'HH-RT 518', schadenart: 'Glasbruch Heckscheibe (Vandalismus)',
      betrag_eur: 1840.0, iban: 'DE44 5001 0517 5407 3249 31',
      beschreibung: 'Heckscheibe auf Parkplatz eingeschlagen, Werkstattrechnung 1.840,00 EUR liegt vor.' } }] },
    { content: 'Vielen Dank, Frau Albers. Ihr Schaden ist unter der Nummer S-25-118734 angelegt (Glasbruch Heckscheibe, 1.840,00 €). Nach der Prüfung überweisen wir den Betrag auf Ihr Konto DE44 5001 0517 5407 3249 31. Bitte laden Sie die Werkstattrechnung noch im Kundenportal hoch.' },
  ], { seed: 'kfz-chat-7c1e0a' });
  const agent = new Agent({ name: 'Schaden-Assistent', instructions: anweisung, model, tools: [schadenAnlegen, erstattungStatus] });
  await new Runner({ groupId: 'kfz-chat-7c1e0a', workflowName: 'Kfz-Schadenchat', traceMetadata: { user_id: 'vn-4471-0923', kanal: 'web' } })
    .run(agent, 'Guten Tag, Jana Albers hier. Gestern Abend hat mir jemand auf dem Parkplatz die Heckscheibe eingeschlagen. Kennzeichen HH-RT 518, Vertrag KV-3318-204. Die Werkstatt hat schon getauscht, Rechnung 1.840,00 €. Bitte auf mein Konto DE44 5001 0517 5407 3249 31 erstatten.');
}

// Nachtlauf der Regulierung: Vorgang S-25-118734 freigegeben und überwiesen.
zuletztBearbeitet.status = 'überwiesen';
zuletztBearbeitet.valuta = '2025-03-14';

// Chat 2: ein anderer Kunde fragt nach seinem Steinschlag.
{
  const model = scriptedModel([
    { tool_calls: [{ name: 'erstattung_status', args: { kennzeichen: 'M-KL 2290' } }] },
    { content: 'Guten Tag Herr Demir, gute Nachrichten: Ihre Erstattung für den Glasschaden (Schadennummer S-25-118734) über 1.840,00 € wurde am 14.03.2025 auf Ihr Konto DE44 5001 0517 5407 3249 31 überwiesen. Je nach Bank sollte der Betrag in 1–2 Werktagen gutgeschrieben sein.' },
  ], { seed: 'kfz-chat-e41b95' });
  const agent = new Agent({ name: 'Schaden-Assistent', instructions: anweisung, model, tools: [schadenAnlegen, erstattungStatus] });
  await new Runner({ groupId: 'kfz-chat-e41b95', workflowName: 'Kfz-Schadenchat', traceMetadata: { user_id: 'vn-9022-1187', kanal: 'app' } })
    .run(agent, 'Hallo, Murat Demir. Ich hatte am Montag telefonisch einen Steinschlag in der Windschutzscheibe gemeldet, Kennzeichen M-KL 2290. Ist die Erstattung schon raus?');
}

writeTrace(here, 'schadenchat-traces.jsonl');
