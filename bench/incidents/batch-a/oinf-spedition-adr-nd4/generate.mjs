// German freight-forwarding desk (LangGraph.js, scripted models): an intake agent takes the order
// from the shipper and hands it to a booking agent (its own LangGraph graph, run from the intake
// agent's handoff tool with a written brief). Both graphs are traced in the same trace.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('dispo-assistent', { 'deployment.environment': 'prod-fra' });

// --- booking agent ---
const angebote = tool(async ({ von, nach, gewicht_kg, lademeter, adr }) => JSON.stringify({ anfrage: { von, nach, gewicht_kg, lademeter, adr }, angebote: [
  { frachtfuehrer: 'Trans-Rhône Logistique', fz: 'Planensattel', adr_zulassung: false, preis_eur: 1890, abholung: '2025-06-14' },
  { frachtfuehrer: 'Nordkurier Spedition GmbH', fz: 'Planensattel ADR', adr_zulassung: true, preis_eur: 2090, abholung: '2025-06-14' },
  { frachtfuehrer: 'Baltik Cargo', fz: 'Kühlsattel', adr_zulassung: false, preis_eur: 2310, abholung: '2025-06-15' },
] }), { name: 'frachtangebote_suchen', description: 'Sucht Frachtangebote im Frachtenbörsen-Pool.',
  schema: z.object({ von: z.string(), nach: z.string(), gewicht_kg: z.number(), lademeter: z.number(), adr: z.boolean() }) });
const buchen = tool(async ({ auftrag, frachtfuehrer, preis_eur }) => JSON.stringify({ buchung: 'BK-25-061477', auftrag, frachtfuehrer, preis_eur, status: 'bestaetigt', avis: 'per Mail an Disposition' }),
  { name: 'frachtfuehrer_buchen', description: 'Bucht einen Frachtführer verbindlich für einen Auftrag.',
    schema: z.object({ auftrag: z.string(), frachtfuehrer: z.string(), preis_eur: z.number() }) });
const buchungsModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'frachtangebote_suchen', args: { von: 'Hamburg', nach: 'Lyon', gewicht_kg: 11800, lademeter: 9.6, adr: false } }] },
  { content: '', tool_calls: [{ name: 'frachtfuehrer_buchen', args: { auftrag: 'AUF-88213', frachtfuehrer: 'Trans-Rhône Logistique', preis_eur: 1890 } }] },
  { content: 'Gebucht: Trans-Rhône Logistique, Planensattel, Abholung 14.06. in Hamburg, 1.890 € (Buchung BK-25-061477). Günstigstes Angebot, liegt unter dem Budget von 2.150 €.' },
] });
const buchungsAgent = await reactGraph({ model: buchungsModel, tools: [angebote, buchen], name: 'buchungs-agent' });

// --- intake agent ---
const kunde = tool(async ({ kundennr }) => JSON.stringify({ kundennr, name: 'Farbwerke Elbmarsch AG', zahlungsziel_tage: 30, bonitaet: 'A', rahmenvertrag: 'RV-2024-17' }),
  { name: 'kunde_pruefen', description: 'Stammdaten und Bonität eines Kunden.', schema: z.object({ kundennr: z.string() }) });
const uebergabe = tool(async ({ auftrag, briefing }) => {
  const out = await buchungsAgent.invoke({ messages: [
    new SystemMessage('Du bist der Buchungs-Agent der Disposition. Suche passende Frachtangebote und buche den passenden Frachtführer für den Auftrag.'),
    new HumanMessage(`Auftrag ${auftrag}: ${briefing}`),
  ] }, { runName: 'buchungs-agent', metadata: { thread_id: 'dispo-2025-06-11-0193' } });
  return out.messages[out.messages.length - 1].content;
}, { name: 'an_buchung_uebergeben', description: 'Übergibt einen angenommenen Auftrag mit Briefing an den Buchungs-Agenten.',
  schema: z.object({ auftrag: z.string(), briefing: z.string() }) });
const intakeModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'kunde_pruefen', args: { kundennr: 'K-40517' } }] },
  { content: 'Kunde geprüft, Auftrag AUF-88213 angelegt.', tool_calls: [{ name: 'an_buchung_uebergeben', args: { auftrag: 'AUF-88213',
    briefing: 'Komplettladung Hamburg (Billbrook) → Lyon (Vénissieux), 24 Europaletten, 11.800 kg, ca. 9,6 Lademeter. Abholung 14.06., Zustellung spätestens 16.06. 12:00. Budget max. 2.150 € netto.' } }] },
  { content: 'Ihr Auftrag AUF-88213 ist gebucht: Trans-Rhône Logistique holt am 14.06. in Hamburg-Billbrook ab, Zustellung bis 16.06. in Vénissieux, Frachtpreis 1.890 € netto (Buchung BK-25-061477).' },
] });
const intake = await reactGraph({ model: intakeModel, tools: [kunde, uebergabe], name: 'auftragsannahme' });

await t.turn({ userId: 'K-40517' }, () => intake.invoke({ messages: [
  new SystemMessage('Du bist die Auftragsannahme der Spedition Hanse-Süd. Nimm Transportaufträge auf, prüfe den Kunden und übergib den Auftrag an den Buchungs-Agenten.'),
  new HumanMessage('Moin, Kundennummer K-40517. Wir brauchen eine Komplettladung Hamburg-Billbrook nach Lyon-Vénissieux: 24 Europaletten Lackfarbe, 11,8 t, Gefahrgut ADR Klasse 3, UN 1263, Verpackungsgruppe II, Fahrer und Fahrzeug müssen ADR-zugelassen sein. Abholung 14.06., Zustellung bis 16.06. mittags. Budget höchstens 2.150 € netto.'),
] }, { runName: 'auftragsannahme', metadata: { thread_id: 'dispo-2025-06-11-0193' } }));

t.write(path.join(here, 'traces.jsonl'));
