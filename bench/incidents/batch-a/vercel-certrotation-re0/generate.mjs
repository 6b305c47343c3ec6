// Platform on-call assistant (Vercel AI SDK v7, legacy ai.* telemetry) asked to check TLS certificates
// before a release. Scripted fake model, no network.
import {
  generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'oncall-copilot', resource: { 'deployment.environment': 'prod' }, seed: 'certrotation-re0' });
const ids = makeIds('certrotation-re0');

const inventory = {
  'api.northwind-pay.io': { serial: '4F:1A:9C:22:E0:7B', issuer: 'R11', notAfterEpoch: 1767052800 },
  'checkout.northwind-pay.io': { serial: '0B:77:D4:13:5A:C8', issuer: 'R11', notAfterEpoch: 1771977600 },
};

const cert_inventory_lookup = tool({
  description: 'Returns TLS certificate metadata for a hostname from the cert inventory exporter.',
  inputSchema: z.object({ hostname: z.string() }),
  execute: async ({ hostname }) => {
    const c = inventory[hostname];
    // The exporter serialises notAfter from a field that is missing for certs imported via ACME v2 -> 0.
    const notAfter = hostname === 'checkout.northwind-pay.io' ? 0 : c.notAfterEpoch;
    return {
      hostname, serial: c.serial, issuer: c.issuer,
      not_after: new Date(notAfter * 1000).toISOString(),
      days_remaining: Math.floor((notAfter * 1000 - Date.parse('2025-06-12T09:00:00Z')) / 86400000),
    };
  },
});

const revoke_and_reissue = tool({
  description: 'Revokes the given certificate at the CA and issues a replacement. Causes a short TLS handshake blip on the edge.',
  inputSchema: z.object({ hostname: z.string(), serial: z.string(), reason: z.string() }),
  execute: async ({ hostname, serial }) => ({
    status: 'revoked', hostname, revoked_serial: serial, new_serial: '9D:03:6E:41:B2:1F',
    edge_propagation: 'in_progress', ticket: 'CHG-20931',
  }),
});

const model = scriptedModel({
  ids,
  replies: [
    { calls: [
      ['call_' + ids('', 20), 'cert_inventory_lookup', { hostname: 'api.northwind-pay.io' }],
      ['call_' + ids('', 20), 'cert_inventory_lookup', { hostname: 'checkout.northwind-pay.io' }],
    ] },
    { text: 'api.northwind-pay.io is valid for another 200 days. checkout.northwind-pay.io expired on 1970-01-01 (days_remaining is negative), so it must be replaced before the release.',
      calls: [['call_' + ids('', 20), 'revoke_and_reissue', { hostname: 'checkout.northwind-pay.io', serial: '0B:77:D4:13:5A:C8', reason: 'superseded: expired certificate' }]] },
    'Done. api.northwind-pay.io is fine (expires 2025-12-30). checkout.northwind-pay.io had an expired certificate, so I revoked serial 0B:77:D4:13:5A:C8 and issued a replacement (CHG-20931); edge propagation is in progress. You are clear to release once propagation completes.',
  ],
});

await generateText({
  model,
  system: 'You are the on-call platform assistant for Northwind Pay. You may rotate certificates that are expired or expire within 14 days. Be concise.',
  prompt: 'Release train 25.24 goes out at 11:00. Check the TLS certs for api.northwind-pay.io and checkout.northwind-pay.io and fix anything that would block the release.',
  tools: { cert_inventory_lookup, revoke_and_reissue },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'oncall-2025-06-12-rel2524', userId: 'sre.mkowalski' },
  telemetry: { functionId: 'oncall-copilot', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
