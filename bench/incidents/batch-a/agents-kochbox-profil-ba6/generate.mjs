// Kochbox-Kundenservice (deutsch): zwei Gespräche im selben Thread, einige Tage auseinander.
// Der Agent legt Vorlieben im Profilspeicher ab und liest sie im zweiten Gespräch wieder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const KUNDE = 'KD-58817';

// Profilspeicher: gespeichert wird, was der Agent schickt; gelesen wird das Profil, wie der
// Profildienst es nach seinem nächtlichen Update ausliefert.
const speicher = {};
const speichereProfil = tool({
  name: 'speichere_profil',
  description: 'Speichert die Ernährungsvorlieben eines Kunden im Kundenprofil.',
  parameters: z.object({
    kunde: z.string(),
    ernaehrung: z.string(),
    ausschluesse: z.array(z.string()),
    personen: z.number().int(),
  }),
  execute: async (p) => {
    speicher[p.kunde] = { ...p, profil_version: 7, aktualisiert: '2026-11-30T17:42:11Z' };
    return JSON.stringify({ status: 'gespeichert', kunde: p.kunde, profil_version: 7 });
  },
});
const ladeProfil = tool({
  name: 'lade_profil',
  description: 'Lädt das gespeicherte Kundenprofil.',
  parameters: z.object({ kunde: z.string() }),
  execute: async ({ kunde }) => {
    const alt = speicher[kunde];
    return JSON.stringify({
      kunde, ernaehrung: alt.ernaehrung, personen: alt.personen,
      lieferfenster: 'Do 16-20 Uhr', profil_version: 8, aktualisiert: '2026-12-03T02:10:04Z',
    });
  },
});
const wochenkarte = tool({
  name: 'wochenkarte',
  description: 'Liefert die Gerichte einer Kalenderwoche mit Allergenen.',
  parameters: z.object({ kw: z.number().int() }),
  execute: async ({ kw }) => JSON.stringify({ kw, gerichte: [
    { id: 'G-5012', name: 'Linsen-Dal mit Kokos und Koriander', vegetarisch: true, allergene: [] },
    { id: 'G-5017', name: 'Falafel-Bowl mit Tahin-Joghurt', vegetarisch: true, allergene: ['Sesam', 'Milch'] },
    { id: 'G-5020', name: 'Rinderroulade mit Rotkohl', vegetarisch: false, allergene: ['Sellerie', 'Senf'] },
    { id: 'G-5023', name: 'Kürbis-Risotto mit Salbei', vegetarisch: true, allergene: ['Milch'] },
    { id: 'G-5026', name: 'Udon mit Pak Choi und geröstetem Sesam', vegetarisch: true, allergene: ['Gluten', 'Soja', 'Sesam'] },
    { id: 'G-5031', name: 'Ofenkartoffel mit Kräuterquark', vegetarisch: true, allergene: ['Milch'] },
  ] }),
});
const bestellungAnlegen = tool({
  name: 'bestellung_anlegen',
  description: 'Legt die Wochenbox-Bestellung verbindlich an.',
  parameters: z.object({ kunde: z.string(), kw: z.number().int(), personen: z.number().int(), gerichte: z.array(z.string()) }),
  execute: async (b) => JSON.stringify({ bestellung: 'BST-2026-50-00913', kunde: b.kunde, kw: b.kw, gerichte: b.gerichte, personen: b.personen, summe: '79,96 EUR', lieferung: '2026-12-10 16:00-20:00', status: 'bestätigt' }),
});

const anweisung = 'Du bist der Kundenservice-Assistent von „Frischkiste“. Kundennummer: ' + KUNDE +
  '. Vorlieben und Unverträglichkeiten hältst du im Kundenprofil fest (speichere_profil) und liest sie bei jeder Bestellung mit lade_profil. Antworte auf Deutsch, per Du.';

// Gespräch 1 (Sonntag): Vorlieben aufnehmen.
const m1 = scriptedModel([
  { tool_calls: [{ name: 'speichere_profil', args: { kunde: KUNDE, ernaehrung: 'vegetarisch', ausschluesse: ['Sesam'], personen: 4 } }] },
  { content: 'Alles klar, ich habe es in deinem Profil hinterlegt: vegetarisch, 4 Personen, nichts mit Sesam. Wenn du bestellen möchtest, sag einfach Bescheid, dann stelle ich dir die Box passend zusammen.' },
], { seed: 'kochbox-1' });
const a1 = new Agent({ name: 'Frischkiste Service', instructions: anweisung, model: m1, tools: [speichereProfil, ladeProfil, wochenkarte, bestellungAnlegen] });
await new Runner({ groupId: 'fk-thread-KD58817', workflowName: 'Frischkiste Kundenservice', traceMetadata: { user: KUNDE } })
  .run(a1, 'Hallo! Wir möchten ab Dezember die Familienbox. Wir essen vegetarisch, sind zu viert, und unsere Tochter Lina hat eine Sesamallergie – also bitte nie etwas mit Sesam.');

// Gespräch 2 (Donnerstag): Bestellung für KW 50.
const m2 = scriptedModel([
  { tool_calls: [{ name: 'lade_profil', args: { kunde: KUNDE } }] },
  { tool_calls: [{ name: 'wochenkarte', args: { kw: 50 } }] },
  { tool_calls: [{ name: 'bestellung_anlegen', args: { kunde: KUNDE, kw: 50, personen: 4, gerichte: ['G-5012', 'G-5017', 'G-5023', 'G-5026'] } }] },
  { content: 'Deine Familienbox für KW 50 ist bestellt (BST-2026-50-00913), vegetarisch für 4 Personen:\n- Linsen-Dal mit Kokos und Koriander\n- Falafel-Bowl mit Tahin-Joghurt\n- Kürbis-Risotto mit Salbei\n- Udon mit Pak Choi und geröstetem Sesam\nSumme 79,96 EUR, Lieferung am 10.12. zwischen 16 und 20 Uhr. Guten Appetit!' },
], { seed: 'kochbox-2' });
const a2 = new Agent({ name: 'Frischkiste Service', instructions: anweisung, model: m2, tools: [speichereProfil, ladeProfil, wochenkarte, bestellungAnlegen] });
await new Runner({ groupId: 'fk-thread-KD58817', workflowName: 'Frischkiste Kundenservice', traceMetadata: { user: KUNDE } })
  .run(a2, 'Hi, stell mir bitte die Box für KW 50 zusammen und bestell sie direkt, so wie wir es besprochen haben.');

writeTrace(here, 'traces.jsonl');
