// Assistente viaggi di un'agenzia online (Vercel AI SDK v7, integrazione LegacyOpenTelemetry: attributi ai.*),
// modello scriptato, nessuna rete. Tre turni della stessa conversazione, un trace per turno.
// Eseguire dalla radice del repo: node bench/incidents/batch-a/vercel-volo-cancellato-riprotezione-t2/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'viaggia-assist',
  resource: { 'deployment.environment': 'prod', 'service.version': '5.8.1' },
  seed: 'volo-cancellato-t2',
});
const ids = makeIds('volo-cancellato-t2');

const SESSION = 'wa:+39347XXXX218:2024-10-08';
const UTENTE = 'acc_2b71f0c9';

let ricercheVoli = 0;
let assegnazioni = 0;

const tools = {
  recupera_prenotazione: tool({
    description: 'Recupera una prenotazione volo dal PNR.',
    inputSchema: z.object({ pnr: z.string() }),
    execute: async ({ pnr }) => ({
      pnr, passeggero: 'ESPOSITO/GIULIA MS', vettore: 'AZ', volo: 'AZ1788', tratta: 'FCO-CTA', data: '2024-10-09', partenza: '07:05',
      stato_segmento: 'UN', nota_vettore: 'Volo cancellato dal vettore (motivi operativi). Notifica inviata 2024-10-08 11:12.',
      tariffa: 'Economy Light', bagaglio: 'solo bagaglio a mano',
    }),
  }),
  cerca_voli_alternativi: tool({
    description: 'Cerca voli alternativi sulla stessa tratta per la riprotezione.',
    inputSchema: z.object({ tratta: z.string(), data: z.string(), vettore: z.string().optional() }),
    execute: async ({ tratta, data }) => {
      ricercheVoli += 1;
      if (ricercheVoli === 1) throw new Error('GDS gateway timeout after 8000 ms (upstream amadeus-proxy-2, request id 7f3a91c2)');
      return {
        tratta, data, opzioni: [
          { volo: 'AZ1790', partenza: '09:40', arrivo: '10:55', posti_disponibili: 6 },
          { volo: 'AZ1796', partenza: '13:15', arrivo: '14:30', posti_disponibili: 14 },
          { volo: 'AZ1702', partenza: '18:50', arrivo: '20:05', posti_disponibili: 22 },
        ],
      };
    },
  }),
  verifica_penale_cambio: tool({
    description: 'Calcola penale e differenza tariffaria per un cambio volo.',
    inputSchema: z.object({ pnr: z.string(), nuovo_volo: z.string() }),
    execute: async ({ pnr, nuovo_volo }) => ({ pnr, nuovo_volo, penale_eur: 0, differenza_tariffa_eur: 0, motivo: 'riprotezione per cancellazione del vettore: cambio senza costi' }),
  }),
  riprenota: tool({
    description: 'Riprenota il passeggero sul volo scelto ed emette il nuovo biglietto.',
    inputSchema: z.object({ pnr: z.string(), nuovo_volo: z.string(), data: z.string() }),
    execute: async ({ pnr, nuovo_volo, data }) => ({ pnr, nuovo_volo, data, esito: 'CONFERMATO', biglietto: '055-2410098812', partenza: '09:40', terminal: 'T1' }),
  }),
  assegna_posto: tool({
    description: 'Assegna un posto a sedere sul volo.',
    inputSchema: z.object({ pnr: z.string(), volo: z.string(), posto: z.string() }),
    execute: async ({ pnr, volo, posto }) => {
      assegnazioni += 1;
      if (assegnazioni === 1) throw new Error(`SEAT_NOT_AVAILABLE: il posto ${posto} sul volo ${volo} risulta già occupato`);
      return { pnr, volo, posto, esito: 'ASSEGNATO', costo_eur: 0 };
    },
  }),
  mappa_posti: tool({
    description: 'Posti liberi sul volo, per tipo.',
    inputSchema: z.object({ volo: z.string(), tipo: z.enum(['corridoio', 'finestrino', 'centrale']) }),
    execute: async ({ volo, tipo }) => ({ volo, tipo, liberi: ['17D', '21C', '24D'], gratuiti: ['17D', '21C', '24D'] }),
  }),
  verifica_compensazione: tool({
    description: 'Verifica il diritto alla compensazione pecuniaria per cancellazione (Reg. CE 261/2004).',
    inputSchema: z.object({ pnr: z.string() }),
    execute: async ({ pnr }) => ({
      pnr, idoneo: true, distanza_km: 537, preavviso_giorni: 0, ritardo_arrivo_riprotezione_min: 170,
      importo_pieno_eur: 250, riduzione_50_percento: false, importo_eur: 250,
      nota: 'Cancellazione comunicata con meno di 7 giorni di preavviso; volo alternativo con arrivo oltre 2 ore dopo l\'orario originario: nessuna riduzione.',
      modulo_richiesta: 'https://www.ita-airways.com/it_it/support/reclami.html',
    }),
  }),
};

const SYSTEM = 'Sei l\'assistente WhatsApp di Viaggia Facile. Aiuti i clienti con cambi, cancellazioni e diritti del passeggero. Rispondi in italiano, con messaggi brevi. Prima di riprenotare chiedi sempre conferma al cliente. Non citare importi o regole che non arrivano dagli strumenti.';

const history = [];
async function turno(userText, replies) {
  history.push({ role: 'user', content: userText });
  const model = scriptedModel({ ids, modelId: 'gpt-4o', replies });
  const res = await generateText({
    model, system: SYSTEM, messages: history, tools, stopWhen: stepCountIs(8),
    runtimeContext: { sessionId: SESSION, userId: UTENTE },
    telemetry: { functionId: 'assistente-viaggi', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  history.push(...res.response.messages);
  return flush();
}

const righe = [];
righe.push(await turno('Ciao, mi è arrivato un sms che il mio volo di domani mattina per Catania è cancellato 😩 PNR K7QZ2M. Come faccio?', [
  { calls: [['call_a1', 'recupera_prenotazione', { pnr: 'K7QZ2M' }]] },
  { calls: [['call_a2', 'cerca_voli_alternativi', { tratta: 'FCO-CTA', data: '2024-10-09', vettore: 'AZ' }]] },
  { calls: [['call_a3', 'cerca_voli_alternativi', { tratta: 'FCO-CTA', data: '2024-10-09', vettore: 'AZ' }]] },
  { calls: [['call_a4', 'verifica_penale_cambio', { pnr: 'K7QZ2M', nuovo_volo: 'AZ1790' }]] },
  'Confermo: il volo AZ1788 delle 07:05 di domani è stato cancellato dalla compagnia. Ti posso spostare senza costi (penale e differenza tariffa a 0 €, perché la cancellazione è del vettore) su uno di questi voli Fiumicino (FCO) → Catania (CTA), sempre domani:\n• AZ1790 09:40 → 10:55\n• AZ1796 13:15 → 14:30\n• AZ1702 18:50 → 20:05\nQuale preferisci?',
]));
await sleep(40);
righe.push(await turno('Va bene quello delle 9:40. Se si può posto corridoio, tipo 12C come avevo all\'andata', [
  { calls: [['call_b1', 'riprenota', { pnr: 'K7QZ2M', nuovo_volo: 'AZ1790', data: '2024-10-09' }]] },
  { calls: [['call_b2', 'assegna_posto', { pnr: 'K7QZ2M', volo: 'AZ1790', posto: '12C' }]] },
  { calls: [['call_b3', 'mappa_posti', { volo: 'AZ1790', tipo: 'corridoio' }]] },
  { calls: [['call_b4', 'assegna_posto', { pnr: 'K7QZ2M', volo: 'AZ1790', posto: '17D' }]] },
  'Fatto ✅ Sei sul volo AZ1790 di domani, partenza 09:40 dal T1, biglietto 055-2410098812. Il 12C era già occupato, ti ho messo in corridoio al 17D (gratuito).',
]));
await sleep(40);
righe.push(await turno('Grazie! Ma per il disagio mi spetta qualcosa? Arrivo quasi 3 ore dopo', [
  { calls: [['call_c1', 'verifica_compensazione', { pnr: 'K7QZ2M' }]] },
  'Sì: per la cancellazione ti spetta una compensazione di 250 € (tratta di 537 km, preavviso inferiore a 7 giorni e arrivo oltre 2 ore dopo l\'orario originale, quindi senza riduzioni). La richiesta va fatta alla compagnia con questo modulo: https://www.ita-airways.com/it_it/support/reclami.html',
]));

writeJsonl(here, 'collector-export.jsonl', righe);
