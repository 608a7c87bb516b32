// The live link survives the server going away: a GP's open journey view reconnects by itself after
// a restart of the silo (same storage) and shows a change made afterwards, without a reload; its
// conversation replays what was posted while it was cut off.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { desktop, launch, shot, signIn } from './browser.mjs';
import { graphqlAs, startSystem } from './system.mjs';

let system;
let browser;
before(async () => {
  system = await startSystem();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await system?.stop();
});

const graphql = (token, query, variables) => graphqlAs(system, token, query, variables);

test('an open journey view reconnects after a server restart and keeps updating live', { skip: !!process.env.INNOMED_URL, timeout: 180_000 }, async () => {
  const { url } = system;
  const signInAs = async (userId) =>
    (await (await fetch(`${url}/auth/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) })).json()).accessToken;
  const gpToken = await signInAs('10000000003');
  const started = await graphql(
    gpToken,
    'mutation($i: StartJourneyInput!) { startJourney(input: $i) { journey { id } } }',
    { i: { territoryId: 'demo', patient: { familyName: 'Reconnect', givenName: 'Test', birthDate: '1970-05-05' } } },
  );
  const journeyId = started.startJourney.journey.id;
  await graphql(gpToken, 'mutation($i: SubmitTriageInput!) { submitTriage(input: $i) { journey { stage } } }', {
    i: { journeyId, level: 'SEMI_URGENT', note: 'phone call' },
  });

  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await signIn(page, url, '10000000003');
  await page.goto(`${url}/gp/journeys/${journeyId}`); // a deep link, served by the gateway's fallback
  await page.locator('article.journey[data-stage="AWAITING_PRIMARY_CARE"]').waitFor();
  await page.locator('[data-live="live"]').waitFor({ timeout: 15_000 });

  await system.restart();
  await page.locator('[data-live="live"]').waitFor({ timeout: 60_000 }); // back, by itself
  await graphql(gpToken, 'mutation($i: TakeChargeInput!) { takeCharge(input: $i) { journey { stage } } }', {
    i: { journeyId, practitionerId: '10000000003' },
  });
  await page.locator('article.journey[data-stage="PRIMARY_CARE"]').waitFor({ timeout: 20_000 });
  await shot(page, 'gp-journey-after-reconnect');

  // The conversation opened when the GP took charge (it was refused before). A message posted while the
  // page is cut off is replayed from the last sequence it held when it comes back: once, in order.
  const chat = page.locator('.messaging');
  const send = (text, clientMessageId) =>
    graphql(gpToken, 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { sequence } }', { i: { journeyId, text, clientMessageId } });
  await chat.getByText('Aucun message pour le moment.').waitFor({ timeout: 20_000 });
  await send('Avant la coupure', 'before-cut');
  await chat.locator('.msg__message[data-sequence="1"]').waitFor({ timeout: 15_000 });
  await system.restart();
  await send('Pendant la coupure', 'during-cut');
  await send('Pendant la coupure', 'during-cut'); // a retry with the same clientMessageId: no copy
  await page.locator('[data-live="live"]').waitFor({ timeout: 60_000 });
  await chat.locator('.msg__message[data-sequence="2"]').waitFor({ timeout: 20_000 });
  await send('Après la coupure', 'after-cut');
  await chat.locator('.msg__message[data-sequence="3"]').waitFor({ timeout: 15_000 });
  const sequences = await chat.locator('.msg__message').evaluateAll((items) => items.map((i) => i.getAttribute('data-sequence')));
  assert.deepEqual(sequences, ['1', '2', '3'], 'every message once, in order, after the reconnection');
  await context.close();
});
