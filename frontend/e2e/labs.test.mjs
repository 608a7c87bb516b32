// Labs against the real system: a GP orders a potassium, the lab posts a critical value, and the
// GP's alert panel raises it live; one tap acknowledges it.
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

test('a critical lab result alerts the GP live, who acknowledges it', { timeout: 150_000 }, async () => {
  const { url } = system;
  const gpId = '10000000004';
  const token = (await (await fetch(`${url}/auth/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: gpId }) })).json()).accessToken;
  const { startJourney } = await graphql(token, 'mutation($i: StartJourneyInput!) { startJourney(input: $i) { journey { id } } }', {
    i: { territoryId: 'demo', patient: { familyName: 'Kali', givenName: 'Emie', birthDate: '1949-02-03' } },
  });
  const journeyId = startJourney.journey.id;
  await graphql(token, 'mutation($i: SubmitTriageInput!) { submitTriage(input: $i) { journey { id } } }', { i: { journeyId, level: 'SEMI_URGENT' } });
  await graphql(token, 'mutation($i: TakeChargeInput!) { takeCharge(input: $i) { journey { id } } }', { i: { journeyId, practitionerId: gpId } });

  // The GP orders the test from the journey view.
  const gpContext = await browser.newContext(desktop);
  const gp = await gpContext.newPage();
  await signIn(gp, url, gpId);
  await gp.goto(`${url}/gp/journeys/${journeyId}`);
  await gp.getByRole('button', { name: 'Adresser, demander un avis, prescrire' }).click();
  await gp.getByLabel('Type de demande').selectOption('LAB_ORDER');
  await gp.locator('.refer .choices .choice').first().locator('input').check();
  await gp.getByRole('checkbox', { name: 'Potassium' }).check();
  await gp.getByLabel('Motif').fill('Sous diurétiques, asthénie');
  await gp.getByRole('button', { name: 'Envoyer la demande' }).click();
  await gp.locator('li[data-kind="LAB_ORDER"] [data-status="REQUESTED"]').waitFor();
  await gp.goto(`${url}/gp`);
  await gp.locator('#alerts-title').waitFor();

  // The lab accepts and posts a critical potassium.
  const labContext = await browser.newContext(desktop);
  const lab = await labContext.newPage();
  await signIn(lab, url, '50000000001');
  const incoming = lab.locator(`.worklist__item[data-journey-id="${journeyId}"]`).first();
  await incoming.waitFor({ timeout: 30_000 });
  await incoming.locator('a').click();
  const order = lab.locator('li[data-kind="LAB_ORDER"]');
  await order.getByRole('button', { name: 'Accepter' }).click();
  await order.locator('[data-status="ACCEPTED"]').waitFor();
  await order.getByRole('button', { name: 'Publier les résultats' }).click();
  await order.getByLabel('Valeur').fill('6.9');
  await order.getByLabel('Unité').fill('mmol/L');
  await order.getByLabel('Norme basse').fill('3.5');
  await order.getByLabel('Norme haute').fill('5.0');
  await order.getByLabel('Seuil critique haut').fill('6.0');
  await order.getByRole('button', { name: 'Valider' }).click();
  await order.locator('tr[data-flag="CRITICAL_HIGH"]').waitFor();
  await shot(lab, 'lab-results-posted');

  // The GP's home raises the alert without a reload; acknowledging it closes it.
  const alert = gp.locator('.alert--open').first();
  await alert.waitFor({ timeout: 15_000 });
  await shot(gp, 'gp-lab-alert');
  await alert.getByRole('button', { name: 'Prendre en compte' }).click();
  await gp.locator('.alert--open').waitFor({ state: 'detached', timeout: 15_000 });
  await Promise.all([gpContext.close(), labContext.close()]);
});
