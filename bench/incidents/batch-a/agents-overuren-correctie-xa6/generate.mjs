// Payroll assistant of a Dutch HR department: an HR officer asks to book unpaid overtime.
// OpenAI Agents SDK (JS) with a scripted fake Chat Completions model: no network, no key.
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

let pogingen = 0;
const loonstrook = tool({
  name: 'loonstrook_ophalen',
  description: 'Haalt de loonstrook van een medewerker voor een periode op uit de loonadministratie.',
  parameters: z.object({ personeelsnummer: z.string(), periode: z.string() }),
  execute: async ({ personeelsnummer, periode }) => {
    if (pogingen++ === 0) throw new Error('ETIMEDOUT: loonadministratie-api.intern:8443 reageerde niet binnen 30000 ms');
    return JSON.stringify({
      personeelsnummer, periode, naam: 'S. (Sanne) de Vries', functie: 'Planner logistiek', schaal: '7-4',
      contracturen_per_week: 38, bruto_maandloon_eur: 3860.0, uurloon_eur: 22.27,
      overwerk: { uren_geregistreerd: 12, uren_uitbetaald: 0, toeslag_pct: 125 },
      reiskosten_eur: 0.0, status: 'definitief',
    });
  },
  errorFunction: (_ctx, err) => `Fout bij ophalen loonstrook: ${err.message}`,
});

const correctie = tool({
  name: 'correctie_boeken',
  description: 'Zet een looncorrectie klaar voor de eerstvolgende salarisrun.',
  parameters: z.object({
    personeelsnummer: z.string(), verwerkingsperiode: z.string(), looncomponent: z.string(),
    uren: z.number(), bedrag_bruto_eur: z.number(), toelichting: z.string(),
  }),
  execute: async (a) => JSON.stringify({
    boeking: 'CORR-2025-03-00318', personeelsnummer: a.personeelsnummer, verwerkingsperiode: a.verwerkingsperiode,
    bedrag_bruto_eur: a.bedrag_bruto_eur, status: 'klaargezet', salarisrun: '2025-03-25',
  }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'loonstrook_ophalen', args: { personeelsnummer: 'P-020931', periode: '2025-02' } }] },
  { tool_calls: [{ name: 'loonstrook_ophalen', args: { personeelsnummer: 'P-020931', periode: '2025-02' } }] },
  { tool_calls: [{ name: 'correctie_boeken', args: {
    personeelsnummer: 'P-020931', verwerkingsperiode: '2025-03', looncomponent: 'overwerk 125%', uren: 12,
    bedrag_bruto_eur: 334.05, toelichting: 'Overwerk februari 2025 geregistreerd (12 u) maar niet uitbetaald: 12 × € 22,27 × 125%.' } }] },
  { content: 'De loonadministratie reageerde bij de eerste poging niet (time-out); de tweede poging lukte. Op de definitieve loonstrook van februari staan 12 geregistreerde overuren, waarvan 0 uitbetaald. Ik heb correctie CORR-2025-03-00318 klaargezet voor de salarisrun van 25 maart: 12 uur × € 22,27 × 125% = € 334,05 bruto voor P-020931 (S. de Vries).' },
], { seed: 'overuren-correctie-xa6' });

const agent = new Agent({
  name: 'Salarisassistent',
  instructions: 'Je ondersteunt HR-medewerkers bij looncorrecties. Controleer altijd eerst de loonstrook; boek pas daarna een correctie. Antwoord in het Nederlands.',
  model, tools: [loonstrook, correctie],
});

const runner = new Runner({
  groupId: 'hr-desk-2025-03-11-P-020931', workflowName: 'Looncorrecties',
  traceMetadata: { user_id: 'hr-mvandijk' },
});
await runner.run(agent, 'Sanne de Vries (P-020931) heeft in februari 12 overuren gemaakt die niet op haar strook staan. Kun je dat controleren en zo nodig corrigeren in de maartrun?');
writeTrace('.', 'trace-processor.jsonl');
