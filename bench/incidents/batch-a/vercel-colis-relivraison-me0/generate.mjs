// Parcel carrier support bot (French). Two customers, two sessions, served by the same worker process.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('colis-relivraison');
const { flush } = setupTracing({ serviceName: 'sav-colis-assistant', resource: { 'host.name': 'worker-eu-3' }, seed: 'colis-relivraison' });

// worker-level memo of the last delivery context, reused to prefill the system prompt
let contexteLivraison = null;

const suiviColis = tool({
  description: "Statut d'un colis par numéro de suivi.",
  inputSchema: z.object({ numero: z.string() }),
  execute: async ({ numero }) => numero === '6A21458890371'
    ? { numero, statut: 'AVISE', tentative: '2024-11-18T10:42:00+01:00', point_relais: null, destinataire: 'M. Karim Benali', adresse: '14 rue des Lilas, 69003 Lyon' }
    : { numero, statut: 'AVISE', tentative: '2024-11-18T15:10:00+01:00', point_relais: null, destinataire: 'Mme Océane Marchal', adresse: '7 allée Jean-Jaurès, 31000 Toulouse' },
});
const replanifier = tool({
  description: 'Programme une nouvelle tentative de livraison.',
  inputSchema: z.object({ numero: z.string(), date: z.string(), adresse: z.string(), creneau: z.string() }),
  execute: async (a) => ({ ...a, reference: 'RDV-' + a.numero.slice(-6) + '-02', statut: 'PROGRAMME' }),
});
const tools = { suivi_colis: suiviColis, replanifier_livraison: replanifier };
const baseSystem = 'Tu es l’assistant du service client de Colivéo. Aide le client à suivre et reprogrammer ses livraisons. Vouvoie le client.';
const tel = () => ({ functionId: 'sav-colis', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });
const sys = () => contexteLivraison ? `${baseSystem}\nContexte client connu : ${contexteLivraison}` : baseSystem;

const lines = [];
// customer A
{
  const sessionId = 'conv_01JD4X7QH2M8ZK3R6T9VBNWP5C';
  const userId = 'cli-883120';
  const m = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-', replies: [
    { calls: [[ ids('', 9), 'suivi_colis', { numero: '6A21458890371' } ]] },
    { calls: [[ ids('', 9), 'replanifier_livraison', { numero: '6A21458890371', date: '2024-11-20', adresse: '14 rue des Lilas, 69003 Lyon', creneau: '08h-13h' } ]] },
    'C’est fait : votre colis 6A21458890371 sera relivré le 20 novembre entre 8h et 13h au 14 rue des Lilas, 69003 Lyon (référence RDV-890371-02). Pensez à préciser le code d’accès 4B71 au livreur si besoin.',
  ]});
  await generateText({ model: m, system: sys(), prompt: 'Bonjour, le livreur est passé quand j’étais absent, colis 6A21458890371. Je serai là mercredi matin, le code de la porte est 4B71.', tools, stopWhen: stepCountIs(5), runtimeContext: { sessionId, userId }, telemetry: tel() });
  contexteLivraison = 'destinataire M. Karim Benali, adresse 14 rue des Lilas, 69003 Lyon, code porte 4B71, créneau préféré 08h-13h';
  lines.push(await flush());
}
// customer B
{
  const sessionId = 'conv_01JD4XB3C9F1YE0S2A7GKD4M8R';
  const userId = 'cli-552047';
  const m = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-', replies: [
    { calls: [[ ids('', 9), 'replanifier_livraison', { numero: '6A21458912064', date: '2024-11-20', adresse: '14 rue des Lilas, 69003 Lyon', creneau: '08h-13h' } ]] },
    'Votre colis 6A21458912064 est reprogrammé pour le 20 novembre, créneau 8h-13h, à votre adresse habituelle du 14 rue des Lilas à Lyon ; le livreur utilisera le code 4B71 (référence RDV-912064-02).',
  ]});
  await generateText({ model: m, system: sys(), prompt: 'Bonjour, même souci, avis de passage pour le colis 6A21458912064. Vous pouvez le relivrer mercredi ?', tools, stopWhen: stepCountIs(5), runtimeContext: { sessionId, userId }, telemetry: tel() });
  lines.push(await flush());
}
writeJsonl(dir, 'collector-traces.jsonl', lines);
