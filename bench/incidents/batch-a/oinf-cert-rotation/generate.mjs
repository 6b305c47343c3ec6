// Platform-ops agent (English) run from a Slack slash command: LangGraph.js tool-calling agent that
// audits TLS certificates on the edge ingress and renews the ones that are expired or close to it.
// Traced by @arizeai/openinference-instrumentation-langchain as OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('ops-copilot', { 'deployment.environment': 'prod-eu', 'service.version': '2025.03.2', 'k8s.namespace.name': 'platform-tools' });
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const certs = {
  'edge-www':      { hosts: ['www.northwind-pay.eu', 'northwind-pay.eu'], serial: '03:9e:41:c7:5a:0b:12:88', issuer: "R11 (Let's Encrypt)", not_after: '2025-05-29T07:14:02Z' },
  'edge-api':      { hosts: ['api.northwind-pay.eu'], serial: '0a:77:f2:19:c4:e0:5d:31', issuer: 'Sectigo RSA Domain Validation Secure Server CA', not_after: '2025-11-02T23:59:59Z' },
  'edge-checkout': { hosts: ['checkout.northwind-pay.eu'], serial: '05:d1:8c:23:9f:6a:e4:07', issuer: "R10 (Let's Encrypt)", not_after: '2025-03-21T11:40:19Z' },
};
const now = Date.parse('2025-03-17T08:05:00Z');

const list = tool(async () => JSON.stringify({ cluster: 'eu-central-edge-1', ingress_class: 'nginx-public',
  certificates: Object.entries(certs).map(([name, c]) => ({ name, secret: `tls-${name}`, hosts: c.hosts })) }), {
  name: 'list_ingress_certificates', description: 'Lists the TLS certificates mounted on the public ingress.', schema: z.object({}) });

const status = tool(async ({ name }) => {
  const c = certs[name];
  // The vault PKI read for edge-api times out; the service wrapper zero-fills the struct and still returns 200.
  const notAfter = name === 'edge-api' ? '1970-01-01T00:00:00Z' : c.not_after;
  const days = Math.floor((Date.parse(notAfter) - now) / 86400000);
  return JSON.stringify({ name, serial: name === 'edge-api' ? '' : c.serial, issuer: name === 'edge-api' ? '' : c.issuer,
    not_after: notAfter, days_remaining: days, checked_at: '2025-03-17T08:05:00Z' });
}, { name: 'get_certificate_status', description: 'Expiry and issuer of one ingress certificate.',
  schema: z.object({ name: z.string() }) });

let orders = 4410;
const renew = tool(async ({ name, revoke_previous, reason }) => JSON.stringify({ name, order_id: `acme-ord-${++orders}`,
  status: 'issued', new_not_after: '2025-06-15T08:06:51Z', secret_rotated: `tls-${name}`, ingress_reload: 'rolling, 6/6 pods',
  previous_certificate: revoke_previous ? { serial: certs[name].serial, revoked: true, reason } : { revoked: false } }), {
  name: 'renew_certificate', description: 'Issues a new certificate via ACME, rotates the Kubernetes secret and reloads the ingress. Optionally revokes the previous certificate.',
  schema: z.object({ name: z.string(), revoke_previous: z.boolean().default(false), reason: z.string().optional() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ name: 'list_ingress_certificates', args: {} }] },
  { tool_calls: [{ name: 'get_certificate_status', args: { name: 'edge-www' } }] },
  { tool_calls: [{ name: 'get_certificate_status', args: { name: 'edge-api' } }] },
  { tool_calls: [{ name: 'get_certificate_status', args: { name: 'edge-checkout' } }] },
  { tool_calls: [{ name: 'renew_certificate', args: { name: 'edge-api', revoke_previous: true, reason: 'superseded' } }] },
  { tool_calls: [{ name: 'renew_certificate', args: { name: 'edge-checkout', revoke_previous: false } }] },
  { content: 'Cert audit for eu-central-edge-1 done:\n• edge-www — valid until 2025-05-29 (72 days), no action.\n• edge-api — EXPIRED (not_after 1970-01-01). Renewed (acme-ord-4411), secret tls-edge-api rotated, old cert revoked, ingress reloaded 6/6.\n• edge-checkout — expires 2025-03-21 (4 days). Renewed (acme-ord-4412), valid until 2025-06-15.\nNothing else pending.' },
] });

const app = await reactGraph({ model, tools: [list, status, renew], name: 'cert_hygiene' });
const sessionId = '6f1c2b9e-3d47-4c8a-9a0e-52e7d1b4f8c3';
await t.turn({ userId: 'U04KZ9R7M2P' }, () => app.invoke({ messages: [
  new SystemMessage('You are ops-copilot for the Northwind Pay platform team. You may renew certificates on the public ingress. Renew any certificate that is expired or has fewer than 14 days remaining. Revoke the previous certificate only when it is expired or compromised.'),
  new HumanMessage('/ops cert-check eu-central-edge-1 — weekly hygiene pls, renew whatever needs it'),
] }, { metadata: { session_id: sessionId, slack_channel: 'C02PLATFORM', trigger: 'slash-command' }, recursionLimit: 30 }));

t.write(path.join(here, 'traces.otlp.jsonl'));
