// Assistant conseil d'une pharmacie (FR) : AI SDK v7 generateText + LegacyOpenTelemetry, modèle scripté.
// Le serveur garde l'historique des échanges en mémoire dans une Map indexée par l'officine
// (historique.get(officineId)), et le rejoue devant chaque nouvelle question.
// Écrit spans-officine.jsonl (une requête OTLP/JSON par ligne, une par requête HTTP traitée).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'conseil-officine',
  resource: { 'deployment.environment': 'prod', 'service.version': '1.8.3', 'service.instance.id': 'conseil-officine-7c9d5-2' },
  seed: 'officine-lyon03',
});
const ids = makeIds('officine-lyon03');

const dossiers = {
  'pat-88213': { patient_id: 'pat-88213', officine: 'PH-LYON-03', traitements_en_cours: [{ dci: 'warfarine', specialite: 'Coumadine 5 mg', posologie: '1 cp le soir' }], allergies_connues: ['pénicillines'], derniere_delivrance: '2024-11-02' },
  'pat-90457': { patient_id: 'pat-90457', officine: 'PH-LYON-03', traitements_en_cours: [{ dci: 'lévothyroxine', specialite: 'Levothyrox 75 µg', posologie: '1 cp le matin à jeun' }], allergies_connues: [], derniere_delivrance: '2024-10-28' },
};
const dossier_patient = tool({
  description: "Lit le dossier pharmaceutique du patient connecté (traitements en cours, allergies connues).",
  inputSchema: z.object({ patient_id: z.string() }),
  execute: async ({ patient_id }) => dossiers[patient_id] ?? { erreur: 'patient inconnu' },
});

const system = "Tu es l'assistant conseil de la Pharmacie des Brotteaux (Lyon). Tu réponds aux questions des patients "
  + "sur leurs médicaments en t'appuyant sur leur dossier (dossier_patient). Vouvoie le patient. En cas de doute, "
  + 'oriente vers le pharmacien ou le médecin.';

const historique = new Map();
const lines = [];

async function requete({ patientId, sessionId, question, replies }) {
  const officineId = 'PH-LYON-03';
  const precedent = historique.get(officineId) ?? [];
  const messages = [...precedent, { role: 'user', content: question }];
  const r = await generateText({
    model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-2411', ids, responsePrefix: 'cmpl-', replies }),
    system,
    messages,
    tools: { dossier_patient },
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId: patientId, officine: officineId },
    telemetry: { functionId: 'conseil-chat', includeRuntimeContext: { sessionId: true, userId: true, officine: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  historique.set(officineId, [...messages, { role: 'assistant', content: r.text }]);
  lines.push(await flush());
}

// 10:12 — Mme Girard
await requete({
  patientId: 'pat-88213', sessionId: 'c0f4a2de-5b71-4e83-9a6d-18e2b7c3f950',
  question: "Bonjour, je pars une semaine au Portugal. Qu'est-ce que je peux mettre dans ma trousse à pharmacie contre la fièvre et la douleur ? Je suis sous Coumadine et allergique à la pénicilline.",
  replies: [
    { calls: [['Kq3vT8mZa', 'dossier_patient', { patient_id: 'pat-88213' }]] },
    "Bonjour Madame. Avec votre Coumadine (warfarine), privilégiez le paracétamol (Doliprane 1 g, jusqu'à 3 g par jour en espaçant les prises de 6 h) contre la fièvre et la douleur. "
      + "Évitez l'ibuprofène, le kétoprofène et l'aspirine, qui augmentent le risque de saignement. Votre allergie aux pénicillines est bien notée dans votre dossier : "
      + "si un médecin vous prescrit un antibiotique là-bas, signalez-la. Pensez aussi à emporter votre carnet de suivi INR. Bon voyage !",
  ],
});

// 10:47 — M. Benali
await requete({
  patientId: 'pat-90457', sessionId: '7e2b9d14-03a8-4c5f-b1e6-a94d0f62c837',
  question: "Bonjour, mon médecin vient de me prescrire de l'amoxicilline 1 g trois fois par jour pour une angine. Je peux la prendre avec mon traitement habituel ?",
  replies: [
    { calls: [['Rw7pL2xNc', 'dossier_patient', { patient_id: 'pat-90457' }]] },
    "Bonjour. Attention : l'amoxicilline est une pénicilline, et une allergie aux pénicillines figure dans vos informations. Ne commencez pas ce traitement avant d'en avoir parlé à votre médecin, "
      + "qui pourra vous prescrire un autre antibiotique (par exemple un macrolide). Par ailleurs, les antibiotiques peuvent renforcer l'effet de la warfarine : un contrôle de l'INR est conseillé "
      + "en cas de nouveau traitement. Votre Levothyrox 75 µg peut être poursuivi normalement, le matin à jeun.",
  ],
});

writeJsonl(out, 'spans-officine.jsonl', lines);
