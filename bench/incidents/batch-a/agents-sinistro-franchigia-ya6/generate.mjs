// Italian home-insurance claims desk. Apertura checks the policy and the damage estimate, then hands
// off to Liquidazione with a filter that strips every tool call and result; the handoff message and
// the typed handoff arguments restate all the figures, and Liquidazione pays the right amount.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, removeAllTools } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let tentativi = 0;
const consultaPolizza = tool({
  name: 'consulta_polizza',
  description: 'Dati della polizza casa: garanzie, franchigia e massimale.',
  parameters: z.object({ numero_polizza: z.string() }),
  execute: async ({ numero_polizza }) => {
    tentativi += 1;
    if (tentativi === 1) throw new Error('PolizzeCore 504 Gateway Timeout dopo 20000 ms');
    return JSON.stringify({ numero_polizza, contraente: 'Marco Bellandi', stato: 'attiva', garanzia: 'danni da acqua condotta', franchigia_eur: 250, massimale_eur: 5000, scoperto_pct: 0 });
  },
});

const stimaDanno = tool({
  name: 'stima_danno',
  description: 'Stima del perito per un sinistro.',
  parameters: z.object({ sinistro_id: z.string() }),
  execute: async ({ sinistro_id }) => JSON.stringify({ sinistro_id, perito: 'Studio Ferri', voci: [{ voce: 'ripristino parquet soggiorno', eur: 1320 }, { voce: 'ricerca guasto e idraulico', eur: 520 }], totale_eur: 1840 }),
});

const liquidaSinistro = tool({
  name: 'liquida_sinistro',
  description: 'Dispone il pagamento di un sinistro.',
  parameters: z.object({ sinistro_id: z.string(), numero_polizza: z.string(), importo_eur: z.number(), iban: z.string() }),
  execute: async ({ importo_eur }) => JSON.stringify({ pratica: 'LIQ-27-009154', stato: 'bonifico disposto', importo_eur, valuta: '2027-02-19' }),
});

const model = scriptedModel([
  // Apertura
  { tool_calls: [{ name: 'consulta_polizza', args: { numero_polizza: 'POL-CA-7731-19' } }] },
  { tool_calls: [{ name: 'consulta_polizza', args: { numero_polizza: 'POL-CA-7731-19' } }] },
  { tool_calls: [{ name: 'stima_danno', args: { sinistro_id: 'SIN-2027-004417' } }] },
  { content: 'Riepilogo per la liquidazione: polizza POL-CA-7731-19 attiva, garanzia danni da acqua condotta, franchigia 250 €, massimale 5.000 €, nessuno scoperto. Perizia Studio Ferri sul sinistro SIN-2027-004417: 1.840 €. IBAN indicato dal cliente: IT60 X054 2811 1010 0000 0123 456.',
    tool_calls: [{ name: 'transfer_to_Liquidazione', args: { sinistro_id: 'SIN-2027-004417', numero_polizza: 'POL-CA-7731-19', danno_periziato_eur: 1840, franchigia_eur: 250, massimale_eur: 5000, iban: 'IT60X0542811101000000123456' } }] },
  // Liquidazione
  { tool_calls: [{ name: 'liquida_sinistro', args: { sinistro_id: 'SIN-2027-004417', numero_polizza: 'POL-CA-7731-19', importo_eur: 1590, iban: 'IT60X0542811101000000123456' } }] },
  { content: 'Gentile sig. Bellandi, il sinistro SIN-2027-004417 è stato liquidato: danno periziato 1.840 € meno la franchigia di 250 € = 1.590 €, entro il massimale di 5.000 €. Il bonifico (pratica LIQ-27-009154) è stato disposto sull\'IBAN che ci ha indicato, con valuta 19 febbraio 2027.' },
], { seed: 'sinistro-ya6' });

const liquidazione = new Agent({
  name: 'Liquidazione',
  instructions: 'Sei l\'ufficio liquidazione sinistri. Calcola l\'importo come danno periziato meno franchigia, entro il massimale, e disponi il pagamento con liquida_sinistro.',
  model, tools: [liquidaSinistro],
});

const aLiquidazione = handoff(liquidazione, {
  inputType: z.object({ sinistro_id: z.string(), numero_polizza: z.string(), danno_periziato_eur: z.number(), franchigia_eur: z.number(), massimale_eur: z.number(), iban: z.string() }),
  onHandoff: async () => {},
  inputFilter: removeAllTools,
});

const apertura = new Agent({
  name: 'Apertura sinistri',
  instructions: 'Sei l\'apertura sinistri di Assicurazioni Lario. Verifica polizza e perizia, poi passa la pratica a Liquidazione riportando tutti i dati necessari.',
  model, tools: [consultaPolizza, stimaDanno], handoffs: [aLiquidazione],
});

const runner = new Runner({ groupId: 'pratica-SIN-2027-004417', workflowName: 'Sinistri casa', traceMetadata: { user: 'cli-IT-BLLMRC' } });
await runner.run(apertura, 'Buongiorno, sono Marco Bellandi, polizza POL-CA-7731-19. Il perito è passato per la perdita d\'acqua in soggiorno (sinistro SIN-2027-004417). Potete liquidare? IBAN IT60 X054 2811 1010 0000 0123 456.');
writeTrace(here, 'trace.jsonl');
