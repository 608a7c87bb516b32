// Drives our graphql-transport-ws endpoint with the reference client (graphql-ws 6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { createClient as createHttpClient } from 'graphql-http';
import { startServer } from '../lib/server.mjs';

/** Collects every result of one operation; resolves on complete, rejects on error. */
function run(client, payload) {
  return new Promise((resolve, reject) => {
    const results = [];
    client.subscribe(payload, {
      next: (result) => results.push(result),
      error: reject,
      complete: () => resolve(results),
    });
  });
}

test('graphql-ws client against the WebSocket transport', { timeout: 60_000 }, async (t) => {
  const server = await startServer();
  const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  t.after(async () => {
    await client.dispose();
    await server.stop();
  });

  await t.test('query over WebSocket: one next, then complete', async () => {
    const results = await run(client, { query: 'query($n: String) { hello(name: $n) }', variables: { n: 'ws' } });
    assert.deepEqual(results, [{ data: { hello: 'Hello, ws' } }]);
  });

  await t.test('mutation over WebSocket', async () => {
    const [first] = await run(client, { query: 'mutation { increment(by: 3) }' });
    const [second] = await run(client, { query: 'mutation { increment }' });
    assert.equal(second.data.increment - first.data.increment, 1);
  });

  await t.test('subscription streams every event, then completes', async () => {
    const results = await run(client, { query: 'subscription { countdown(from: 5) }' });
    assert.deepEqual(results.map((r) => r.data.countdown), [5, 4, 3, 2, 1]);
  });

  await t.test('subscription fed by a mutation, completed by the client', async () => {
    const iterator = client.iterate({ query: 'subscription { events }' });
    const first = iterator.next();
    // The subscribe message races the publishes; publish until the subscriber has one.
    let delivered = false;
    first.then(() => (delivered = true));
    for (let i = 0; i < 100 && !delivered; i++) {
      await run(client, { query: 'mutation($m: String!) { publish(message: $m) }', variables: { m: `event ${i}` } });
      await new Promise((r) => setTimeout(r, 20));
    }
    const { value } = await first;
    assert.match(value.data.events, /^event \d+$/);
    await iterator.return(); // sends "complete"
    const again = await run(client, { query: '{ hello }' });
    assert.equal(again[0].data.hello, 'Hello, world');
  });

  await t.test('validation errors arrive as an error message', async () => {
    await assert.rejects(run(client, { query: 'subscription { nope }' }), (errors) => {
      assert.ok(Array.isArray(errors), 'graphql-ws passes the errors array of the error message');
      assert.match(errors[0].message, /nope/);
      return true;
    });
  });

  await t.test('stream failure is an INTERNAL error without details', async () => {
    await assert.rejects(run(client, { query: 'subscription { failing }' }), (errors) => {
      assert.equal(errors[0].extensions.code, 'INTERNAL');
      assert.doesNotMatch(JSON.stringify(errors), /secret/);
      return true;
    });
  });

  await t.test('many operations on one socket at once', async () => {
    const runs = Array.from({ length: 20 }, (_, i) =>
      run(client, { query: 'query($n: String) { hello(name: $n) }', variables: { n: `${i}` } }),
    );
    const results = await Promise.all(runs);
    results.forEach((r, i) => assert.equal(r[0].data.hello, `Hello, ${i}`));
  });

  await t.test('graphql-http client over HTTP', async () => {
    const http = createHttpClient({ url: server.url });
    const result = await new Promise((resolve, reject) => {
      let value;
      http.subscribe({ query: '{ hello }' }, { next: (v) => (value = v), error: reject, complete: () => resolve(value) });
    });
    assert.deepEqual(result, { data: { hello: 'Hello, world' } });
  });
});
