// Assistant RH interne (Vercel AI SDK v7, LegacyOpenTelemetry, modèle simulé, hors ligne).
// Deux messages d'un salarié dans la même conversation. Le SIRH répond une fois en timeout.
// Écrit export-otlp.jsonl (une requête OTLP/JSON par message).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'assistant-rh', resource: { 'deployment.environment': 'prod', 'service.version': '1.9.3' }, seed: 'conges-rr4' });
const ids = makeIds('conges-rr4');

const SESSION = 'rh-conv-2024-06-03-000917';
const SALARIE = 'E04471';

let appelsSolde = 0;
const solde_conges = tool({
  description: 'Solde de congés payés (CP) du salarié dans le SIRH, période de référence en cours.',
  inputSchema: z.object({ matricule: z.string() }),
  execute: async ({ matricule }) => {
    appelsSolde += 1;
    await sleep(appelsSolde === 1 ? 120 : 15);
    if (appelsSolde === 1) throw new Error('SIRH indisponible : délai dépassé (upstream timeout après 10000 ms) — GET /api/v2/salaries/E04471/compteurs');
    return { matricule, periode: '2023-06-01/2024-05-31', type: 'CP', acquis: 25, pris: 13, en_attente: 0, restant: 12 };
  },
});

const poser_absence = tool({
  description: "Crée une demande d'absence dans le SIRH ; elle part en validation chez le manager.",
  inputSchema: z.object({ matricule: z.string(), date_debut: z.string(), date_fin: z.string(), type: z.enum(['CP', 'RTT', 'SANS_SOLDE']) }),
  execute: async ({ matricule, date_debut, date_fin, type }) => ({
    demande_id: 'ABS-2024-118734', matricule, type, date_debut, date_fin, jours_decomptes: 1,
    statut: 'en_attente_validation', valideur: 'Claire Garnier', solde_apres_validation: 11,
  }),
});

const solde_rtt = tool({
  description: 'Compteur RTT du salarié pour l’année civile.',
  inputSchema: z.object({ matricule: z.string(), annee: z.number().int() }),
  execute: async ({ matricule, annee }) => ({ matricule, annee, type: 'RTT', acquis: 5, pris: 5, en_attente: 0, restant: 0, prochaine_acquisition: '2024-07-01 (+5)' }),
});

const id = () => ids('', 9);
const [k1, k2, k3, k4] = [id(), id(), id(), id()];

const model = scriptedModel({
  provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-',
  replies: [
    // Message 1
    { calls: [[k1, 'solde_conges', { matricule: SALARIE }]] },
    { text: 'Le SIRH n’a pas répondu à temps, je relance la consultation.', calls: [[k2, 'solde_conges', { matricule: SALARIE }]] },
    { calls: [[k3, 'poser_absence', { matricule: SALARIE, date_debut: '2024-06-14', date_fin: '2024-06-14', type: 'CP' }]] },
    'Il vous reste 12 jours de congés payés sur la période 2023-2024 (25 acquis, 13 pris). '
      + 'J’ai posé le vendredi 14 juin en CP : demande ABS-2024-118734, en attente de validation par Claire Garnier. '
      + 'Une fois validée, il vous restera 11 jours.',
    // Message 2
    { calls: [[k4, 'solde_rtt', { matricule: SALARIE, annee: 2024 }]] },
    'Côté RTT, votre compteur 2024 est à 0 : vous avez acquis 5 jours et les 5 ont été pris. '
      + 'Les 5 prochains jours seront crédités le 1er juillet. Le 14 juin est donc bien à prendre en CP.',
  ],
});

const SYSTEM = 'Tu es l’assistant RH de Vernier & Fils. Tu réponds aux salariés en français, en les vouvoyant. '
  + `Le salarié connecté a le matricule ${SALARIE}. N’invente jamais un solde : consulte toujours le SIRH.`;

const historique = [];
const lines = [];
for (const texte of [
  'Bonjour, combien il me reste de jours de congés ? Et je voudrais poser le vendredi 14 juin.',
  'Merci ! Et il me reste des RTT ? J’aurais préféré prendre le 14 en RTT.',
]) {
  historique.push({ role: 'user', content: texte });
  const res = await generateText({
    model, system: SYSTEM, messages: historique,
    tools: { solde_conges, poser_absence, solde_rtt },
    stopWhen: stepCountIs(6),
    runtimeContext: { sessionId: SESSION, userId: SALARIE },
    telemetry: { functionId: 'assistant-rh', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  historique.push(...res.response.messages);
  lines.push(await flush());
  await sleep(50);
}
writeJsonl(out, 'export-otlp.jsonl', lines);
console.log(`wrote ${lines.length} requests to ${out}/export-otlp.jsonl`);
