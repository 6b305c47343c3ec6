// Customer-support agent of a managed Kubernetes provider (AI SDK v7, OpenTelemetry GenAI integration).
// The agent looks up an incident, then searches the customer's contract documents: the search tool embeds
// the query with the SDK's `embed` and queries the app's vector index, recording a GenAI `retrieval` span by
// hand. Scripted models, no network.
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, tool, z, stepCountIs, OpenTelemetry,
  SpanStatusCode, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const ids = makeIds('sla-credit');
const tel = setupTracing({ serviceName: 'support-copilot', resource: { 'service.namespace': 'cloud-support', 'cloud.region': 'eu-central-1' }, seed: 'sla-credit' });

const CONVERSATION = 'conv_01JQ8ZK4TB7W2M9XRV3C6HNP5E';
const TENANT = 'tnt_acme-logistics';
const gid = () => ids('', 8).toLowerCase();

const getIncident = tool({
  description: 'Fetch a status-page incident by id.',
  inputSchema: z.object({ incident_id: z.string() }),
  execute: async ({ incident_id }) => ({
    incident_id, title: 'Control-plane API unavailable', region: 'eu-west-2', affected_clusters: ['prod-eu-7', 'prod-eu-9'],
    started_at: '2025-03-11T07:42:00Z', resolved_at: '2025-03-11T09:56:00Z', duration_minutes: 134, severity: 'SEV-1', status: 'resolved',
  }),
});

// The app's contract index: chunk vectors per tenant. This tenant's contract was migrated to the new
// document store last week; the index has not been rebuilt for it yet.
const index = new Map([[ 'tnt_northwind', [{ id: 'nw-msa-2024#sla-3.2', vector: null }] ]]);

const searchContractDocs = tool({
  description: 'Semantic search over the customer\'s signed contract documents (MSA, SLA schedule, order forms).',
  inputSchema: z.object({ query: z.string(), tenant_id: z.string(), top_k: z.number().int().optional() }),
  execute: async ({ query, tenant_id, top_k = 4 }) => {
    const { embedding } = await embed({
      model: hashEmbeddingModel({ modelId: 'text-embedding-3-large', dims: 16 }), value: query,
      telemetry: { functionId: 'contract-search', integrations: [new OpenTelemetry()] },
    });
    return tel.tracer.startActiveSpan('retrieval contracts-v3', {
      attributes: {
        'gen_ai.operation.name': 'retrieval', 'gen_ai.data_source.id': 'contracts-v3', 'gen_ai.retrieval.query.text': query,
        'gen_ai.request.top_k': top_k, 'db.system.name': 'pgvector', 'app.tenant_id': tenant_id, 'app.embedding.dims': embedding.length,
      },
    }, async (span) => {
      const hits = (index.get(tenant_id) ?? []).slice(0, top_k);
      span.setAttribute('gen_ai.retrieval.documents', JSON.stringify(hits.map((h) => ({ id: h.id, score: 0.0 }))));
      span.setStatus({ code: SpanStatusCode.OK });
      span.end();
      return { tenant_id, query, matches: hits, min_score: 0.78 };
    });
  },
});

const model = scriptedModel({
  ids, provider: 'google.generative-ai', modelId: 'gemini-2.5-flash', responsePrefix: 'resp-',
  replies: [
    { calls: [[gid(), 'get_incident', { incident_id: 'INC-48213' }]] },
    { calls: [[gid(), 'search_contract_docs', { query: 'Enterprise SLA service credit schedule for control plane downtime', tenant_id: TENANT, top_k: 4 }]] },
    'Sorry about Tuesday\'s outage. INC-48213 kept the control-plane API in eu-west-2 down for 134 minutes (07:42–09:56 UTC). '
      + 'Your Enterprise plan guarantees 99.95% monthly uptime for the control plane; 134 minutes brings March to about 99.70%, which falls in the '
      + '99.0–99.9% band and entitles you to a 25% service credit on the monthly cluster-management fee for prod-eu-7 and prod-eu-9. '
      + 'Credits must be claimed within 30 days of the incident, so please file the request before 10 April 2025; it will be applied to your next invoice.',
  ],
});

await tel.tracer.startActiveSpan('POST /v1/support/messages', {
  attributes: { 'gen_ai.conversation.id': CONVERSATION, 'user.id': 'usr_5582f1', 'app.tenant_id': TENANT, 'http.request.method': 'POST' },
}, async (root) => {
  await generateText({
    model,
    system: 'You are the support copilot for Kubeforge, a managed Kubernetes platform. Answer questions about incidents, SLAs and billing '
      + 'for the signed-in customer. Use the tools; base contract terms on the customer\'s contract documents. Tenant: ' + TENANT + '.',
    prompt: 'Hi, our EU clusters (prod-eu-7, prod-eu-9) lost the control plane on Tuesday morning, that\'s your incident INC-48213. '
      + 'What service credit are we owed under our Enterprise contract, and by when do we have to claim it?',
    tools: { get_incident: getIncident, search_contract_docs: searchContractDocs },
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'support-copilot', integrations: [new OpenTelemetry()] },
  });
  root.setAttribute('http.response.status_code', 200);
  root.end();
});

writeJsonl(out, 'otlp-traces.jsonl', [await tel.flush()]);
console.log('wrote', out);
