// Runs the graphql-http conformance audits against our HTTP transport: every MUST has to pass,
// SHOULD failures are reported as diagnostics (and listed in the summary line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';
import { startServer } from '../lib/server.mjs';

test('GraphQL over HTTP audits (graphql-http)', { timeout: 60_000 }, async (t) => {
  const server = await startServer();
  t.after(() => server.stop());

  const warnings = [];
  for (const audit of serverAudits({ url: server.url })) {
    await t.test(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status === 'error') {
        assert.fail(`${audit.name}: ${result.reason}`);
      }
      if (result.status !== 'ok') {
        warnings.push(`${result.status.toUpperCase()} ${audit.id} ${audit.name}: ${result.reason}`);
      }
    });
  }
  t.diagnostic(`audits not met (non-MUST): ${warnings.length}`);
  for (const warning of warnings) t.diagnostic(warning);
});
