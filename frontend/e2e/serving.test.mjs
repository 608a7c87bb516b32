// How the gateway serves the app: at /, for every client route, never in place of the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSystem } from './system.mjs';

let system;
before(async () => (system = await startSystem()));
after(async () => system?.stop());

const get = (path, headers = {}) => fetch(`${system.url}${path}`, { headers, redirect: 'manual' });

test('the app is served at / and answers client routes (deep links survive a reload)', async () => {
  for (const path of ['/', '/gp', '/gp/journeys/0193c0de-0000-7000-8000-000000000000', '/territory']) {
    const r = await get(path, { accept: 'text/html' });
    assert.equal(r.status, 200, path);
    assert.match(r.headers.get('content-type'), /text\/html/);
    const html = await r.text();
    assert.match(html, /<div id="root">/, path);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, 'the page loads its bundle');
    const asset = await get(script);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('cache-control'), /immutable/);
  }
});

test('API paths never fall back to the app, and GraphiQL keeps its own path', async () => {
  assert.equal((await get('/assets/missing-chunk.js')).status, 404);
  assert.equal((await get('/auth/unknown', { accept: 'text/html' })).status, 404);
  assert.equal((await get('/graphql/unknown', { accept: 'text/html' })).status, 404);
  const ide = await get('/graphql', { accept: 'text/html' });
  assert.equal(ide.status, 200);
  assert.doesNotMatch(await ide.text(), /<div id="root">/, '/graphql in a browser is GraphiQL, not the app');
  const alias = await get('/graphiql');
  assert.equal(alias.status, 302);
  assert.equal(alias.headers.get('location'), '/graphql');
});
