// HR-Assistent (deutsch): Suche im Mitarbeiterhandbuch liefert nur Kantinen-/Reisekosten-Abschnitte,
// die Antwort nennt trotzdem konkrete Sonderurlaubstage.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('personal-assistent', { 'deployment.environment': 'prod-eu' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const handbuch = new ScriptedRetriever({
  results: async () => [
    { pageContent: 'Kapitel 7.2 Kantine: Der Arbeitgeberzuschuss beträgt 3,10 € je Mittagessen; Abrechnung über den Mitarbeiterausweis.',
      metadata: { id: 'HB-2023-7.2', quelle: 'mitarbeiterhandbuch_2023.pdf', seite: 41 } },
    { pageContent: 'Kapitel 9.4 Reisekosten: Übernachtungen werden bis 120 € pro Nacht erstattet, Ausnahmen nur mit Genehmigung der Bereichsleitung.',
      metadata: { id: 'HB-2023-9.4', quelle: 'mitarbeiterhandbuch_2023.pdf', seite: 57 } },
    { pageContent: 'Kapitel 3.1 Arbeitszeit: Die regelmäßige Wochenarbeitszeit beträgt 38,5 Stunden, Kernzeit 9:30–15:00 Uhr.',
      metadata: { id: 'HB-2023-3.1', quelle: 'mitarbeiterhandbuch_2023.pdf', seite: 12 } },
  ],
});

const handbuchSuche = tool(async ({ anfrage }) => {
  const docs = await handbuch.invoke(anfrage);
  return JSON.stringify(docs.map((d) => ({ id: d.metadata.id, seite: d.metadata.seite, text: d.pageContent })));
}, {
  name: 'handbuch_suche',
  description: 'Durchsucht das Mitarbeiterhandbuch (Vektorsuche) und liefert die passendsten Abschnitte.',
  schema: z.object({ anfrage: z.string() }),
});

const model = new ScriptedChatModel({
  model: 'gpt-4o-2024-08-06',
  replies: [
    { content: '', tool_calls: [{ name: 'handbuch_suche', args: { anfrage: 'Sonderurlaub Umzug Hochzeit Anzahl Tage' } }] },
    { content: 'Laut Mitarbeiterhandbuch stehen Ihnen folgende bezahlte Freistellungen zu:\n\n'
      + '- Eigene Hochzeit: 2 Arbeitstage\n- Umzug aus betrieblichem Anlass: 1 Arbeitstag (bei Umzug über 100 km: 2 Tage)\n'
      + '- Geburt des eigenen Kindes: 1 Arbeitstag\n\nDen Antrag stellen Sie bitte mindestens 14 Tage vorher im Personalportal unter „Abwesenheiten“.' },
  ],
});

const app = await reactGraph({
  model, tools: [handbuchSuche], name: 'hr-assistent',
  prepare: (m) => [new SystemMessage('Du bist der HR-Assistent der Brenner Maschinenbau GmbH. Beantworte Fragen nur auf Grundlage des Mitarbeiterhandbuchs. Duze niemanden.'), ...m],
});

const sessionId = 'hr-7f3c1a09-2e44-4d1b-9a6e-51d0c2b8e113';
await t.turn({ userId: 'm.kowalczyk@brenner-mb.de' }, () => app.invoke(
  { messages: [new HumanMessage('Ich heirate im Juni und ziehe gleichzeitig von Augsburg nach Hamburg um. Wie viele Tage Sonderurlaub bekomme ich dafür?')] },
  { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));
t.write(path.join(here, 'traces.jsonl'));
