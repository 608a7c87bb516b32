// The live link survives the server going away: a GP's open journey view reconnects by itself after
// a restart of the silo (same storage) and shows a change made afterwards, without a reload.
import { after, before, test } from 'node:test';
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
  await context.close();
});
