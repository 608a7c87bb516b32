// The whole story against the real system, in separate browser contexts: a patient triages on a
// phone, a GP takes charge and refers, the specialist accepts in another context, and the GP's open
// journey view (and the patient's phone) update without a reload. Screenshots of each view go to
// artifacts/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerTriage, desktop, launch, phone, shot, signIn, unlabelledControls } from './browser.mjs';
import { startSystem } from './system.mjs';

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

test('patient triages, GP takes charge and refers, specialist accepts, GP and patient see it live', { timeout: 180_000 }, async () => {
  const { url } = system;
  const consoleLines = [];

  // The patient, on a phone.
  const patientContext = await browser.newContext(phone);
  const patient = await patientContext.newPage();
  patient.on('console', (m) => consoleLines.push(m.text()));
  await patient.goto(`${url}/`);
  await patient.getByRole('heading', { name: 'Se connecter' }).waitFor();
  await shot(patient, 'signin-phone');
  await signIn(patient, url, 'patient-demo-1');
  await startFresh(patient);
  await patient.getByLabel('Date de naissance').fill('1984-03-12');
  await patient.getByLabel('Téléphone (pour être rappelé·e)').fill('+33 6 12 34 56 78');
  await shot(patient, 'patient-start-phone');
  assert.deepEqual(await unlabelledControls(patient), [], 'every control of the start form has a label');
  await patient.getByRole('button', { name: 'Commencer' }).click();
  await answerTriage(patient, (code, kind) => (code === 'sex' ? 'Femme' : kind === 'NUMBER' && /temp/.test(code) ? 37.2 : undefined), async (_code, i) => {
    if (i === 3) await shot(patient, 'patient-chatbot-phone');
  });
  await patient.locator('#result-title').waitFor();
  await shot(patient, 'patient-result-phone');
  const journeyId = await patient.evaluate(() => localStorage.getItem('innomed.journey.patient-demo-1'));
  assert.ok(journeyId, 'the patient device keeps its journey');

  // The GP, at a desk.
  const gpContext = await browser.newContext(desktop);
  const gp = await gpContext.newPage();
  gp.on('console', (m) => consoleLines.push(m.text()));
  await signIn(gp, url, '10000000001');
  await gp.waitForURL(`${url}/gp`);
  const row = gp.locator(`.worklist__item[data-journey-id="${journeyId}"]`).first();
  await row.waitFor();
  await shot(gp, 'gp-worklist');
  await row.locator('a').click();
  await gp.getByRole('button', { name: 'Prendre en charge' }).click();
  await gp.locator('article.journey[data-stage="PRIMARY_CARE"]').waitFor();
  await gp.getByRole('button', { name: 'Adresser, demander un avis, prescrire' }).click();
  await gp.getByLabel('Rechercher').fill('Mercier');
  await gp.getByRole('radio', { name: /Paul Mercier/ }).check();
  await gp.getByLabel('Motif').fill('Palpitations, ECG à interpréter');
  await gp.getByLabel('Priorité').selectOption('URGENT');
  assert.deepEqual(await unlabelledControls(gp), [], 'every control of the refer panel has a label');
  await gp.getByRole('button', { name: 'Envoyer la demande' }).click();
  const referral = gp.locator('li[data-kind="REFERRAL"]');
  await referral.locator('[data-status="REQUESTED"]').waitFor();
  // A marker that a reload would wipe: the update below must arrive over the subscription.
  await gp.evaluate(() => ((window).__notReloaded = true));
  await shot(gp, 'gp-journey-referred');

  // The specialist, in another context.
  const specialistContext = await browser.newContext(desktop);
  const specialist = await specialistContext.newPage();
  await signIn(specialist, url, '20000000001');
  await specialist.waitForURL(`${url}/unit`);
  const incoming = specialist.locator(`.worklist__item[data-journey-id="${journeyId}"]`).first();
  await incoming.waitFor({ timeout: 30_000 });
  await shot(specialist, 'specialist-incoming');
  await incoming.locator('a').click();
  await specialist.locator('li[data-kind="REFERRAL"]').getByRole('button', { name: 'Accepter' }).click();
  await specialist.locator('li[data-kind="REFERRAL"] [data-status="ACCEPTED"]').waitFor();
  await shot(specialist, 'specialist-journey-accepted');

  // The GP's open view and the patient's phone follow, live.
  await referral.locator('[data-status="ACCEPTED"]').waitFor({ timeout: 15_000 });
  await gp.locator('article.journey[data-stage="SPECIALIST_CARE"]').waitFor();
  assert.equal(await gp.evaluate(() => (window).__notReloaded), true, 'the GP view updated without a reload');
  await gp.locator('.feed li').first().waitFor({ timeout: 1000 }).catch(() => {});
  await shot(gp, 'gp-journey-live-accepted');
  await patient.locator('.patient[data-stage="SPECIALIST_CARE"]').waitFor({ timeout: 15_000 });
  await shot(patient, 'patient-status-phone');

  // The specialist books one of the slots their calendar publishes; the GP sees the appointment live.
  await specialist.locator('li[data-kind="REFERRAL"]').getByRole('button', { name: 'Programmer' }).click();
  await specialist.locator('.slot').first().click();
  assert.deepEqual(await unlabelledControls(specialist), [], 'every control of the slot picker has a label');
  await shot(specialist, 'specialist-slot-picker');
  await specialist.getByRole('button', { name: 'Valider' }).click();
  await specialist.locator('li[data-kind="REFERRAL"] [data-status="SCHEDULED"]').waitFor();
  await referral.locator('[data-status="SCHEDULED"]').waitFor({ timeout: 15_000 });
  await referral.locator('p', { hasText: 'Rendez-vous' }).first().waitFor();

  // The consultation happens; the report reaches the GP live and the journey moves to follow-up.
  const specialistReferral = specialist.locator('li[data-kind="REFERRAL"]');
  await specialistReferral.getByRole('button', { name: 'Commencer' }).click();
  await specialistReferral.locator('[data-status="IN_PROGRESS"]').waitFor();
  await specialistReferral.getByRole('button', { name: 'Terminer avec compte rendu' }).click();
  await specialistReferral.getByRole('textbox', { name: 'Compte rendu' }).fill('ECG : extrasystoles bénignes. Pas de traitement.');
  await specialistReferral.getByRole('button', { name: 'Valider' }).click();
  await referral.locator('[data-status="COMPLETED"]').waitFor({ timeout: 15_000 });
  await gp.locator('article.journey[data-stage="FOLLOW_UP"]').waitFor({ timeout: 15_000 });
  await referral.getByText('extrasystoles bénignes', { exact: false }).waitFor();
  await shot(gp, 'gp-journey-report');
  await gp.getByRole('button', { name: 'Clore le parcours' }).click();
  await gp.getByLabel('Conclusion du parcours').fill('Extrasystoles bénignes, rassurée.');
  await gp.getByRole('button', { name: 'Valider' }).click();
  await gp.locator('article.journey[data-stage="CLOSED"]').waitFor();
  await patient.locator('.patient[data-stage="CLOSED"]').waitFor({ timeout: 15_000 });

  // The patient sees who looked at their file; so does the data-protection officer.
  await patient.getByText('Qui a consulté mon dossier').click();
  await patient.locator('.audit td', { hasText: '10000000001' }).first().waitFor({ timeout: 15_000 });
  await shot(patient, 'patient-audit-phone');
  const dpoContext = await browser.newContext(desktop);
  const dpo = await dpoContext.newPage();
  await signIn(dpo, url, 'dpo-demo');
  await dpo.waitForURL(`${url}/audit`);
  await dpo.getByLabel('Identifiant du parcours').fill(journeyId);
  await dpo.getByRole('button', { name: 'Afficher' }).click();
  await dpo.locator('.audit td', { hasText: '20000000001' }).first().waitFor({ timeout: 15_000 });
  await shot(dpo, 'dpo-audit');
  await dpoContext.close();

  // Directory and territory from the GP's seat.
  await gp.getByRole('link', { name: 'Annuaire' }).click();
  await gp.getByLabel('Rechercher').fill('cardio');
  await gp.locator('.directory__entry').first().waitFor();
  await shot(gp, 'directory');
  await gp.getByRole('link', { name: 'Territoire' }).click();
  await gp.locator('table tbody tr').first().waitFor();
  await gp.waitForTimeout(300); // the chart draws on the next frame
  await shot(gp, 'territory-dashboard');

  // Capacity is live: the ER updates its figures, the GP's dashboard follows without a reload.
  const erContext = await browser.newContext(phone);
  const er = await erContext.newPage();
  await signIn(er, url, '30000000001');
  await er.getByLabel('Médecins présents').fill('9');
  await er.getByRole('button', { name: 'Enregistrer' }).click();
  await er.getByText('Enregistré.').waitFor();
  await gp.locator('tr', { hasText: 'Urgences — CHU Démo' }).locator('td').last().filter({ hasText: /^9$/ }).waitFor({ timeout: 15_000 });
  await erContext.close();

  // English is one switch away.
  await gp.getByLabel('Langue').selectOption('EN');
  await gp.getByRole('heading', { name: /Territory/ }).waitFor();
  await gp.getByLabel('Language').selectOption('FR');

  // No personal data in the console.
  const leaked = consoleLines.filter((l) => /Martin|Louise|1984-03-12|12 34 56 78|Bearer|eyJ/.test(l));
  assert.deepEqual(leaked, [], 'console lines carry no personal data or tokens');

  await Promise.all([patientContext.close(), gpContext.close(), specialistContext.close()]);
});

test('a red flag sends the patient to the emergency screen and the regulator sees it live', { timeout: 120_000 }, async () => {
  const { url } = system;
  const regulatorContext = await browser.newContext(desktop);
  const regulator = await regulatorContext.newPage();
  await signIn(regulator, url, '40000000001');
  await regulator.waitForURL(`${url}/regulator`);
  await regulator.locator('[data-live="live"]').waitFor({ timeout: 15_000 });

  const patientContext = await browser.newContext(phone);
  const patient = await patientContext.newPage();
  await signIn(patient, url, 'patient-demo-2');
  await startFresh(patient);
  await patient.getByLabel('Date de naissance').fill('1958-07-01');
  await patient.getByRole('button', { name: 'Commencer' }).click();
  // The chatbot speaks the user's language: the server words the question in English on the switch.
  const first = patient.locator('[data-question] h2');
  const french = await first.textContent();
  await patient.getByLabel('Langue').selectOption('EN');
  await patient.waitForFunction((fr) => document.querySelector('[data-question] h2')?.textContent !== fr, french);
  assert.match(await first.textContent(), /[Ss]ex|person/);
  await patient.getByLabel('Language').selectOption('FR');
  await patient.waitForFunction((fr) => document.querySelector('[data-question] h2')?.textContent === fr, french);
  await answerTriage(patient, (code) => (code === 'altered_consciousness' ? 'Oui' : code === 'sex' ? 'Homme' : undefined));
  await patient.locator('#emergency-title').waitFor();
  const call = patient.getByRole('link', { name: 'Appeler le 15' }).first();
  assert.equal(await call.getAttribute('href'), 'tel:15');
  await shot(patient, 'patient-emergency-phone');
  const journeyId = await patient.evaluate(() => localStorage.getItem('innomed.journey.patient-demo-2'));

  await regulator.locator(`.emergency[data-journey-id="${journeyId}"]`).waitFor({ timeout: 15_000 });
  await shot(regulator, 'regulator-queue');
  await Promise.all([patientContext.close(), regulatorContext.close()]);
});

test('phone-sized viewport: every workspace fits a phone and stays usable', { timeout: 120_000 }, async () => {
  const { url } = system;
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  for (const [user, home, name] of [
    ['10000000002', '/gp', 'gp-worklist-phone'],
    ['40000000001', '/regulator', 'regulator-phone'],
    ['30000000001', '/unit', 'unit-er-phone'],
    ['20000000001', '/unit', 'specialist-home-phone'], // with the tele-expertise inbox and statement
  ]) {
    await signIn(page, url, user);
    await page.waitForURL(`${url}${home}`);
    await page.locator('.workspace h2').first().waitFor();
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${home} scrolls sideways on a phone (${overflow}px)`);
    await shot(page, name);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
  }
  // The unit's capacity editor, on a phone: labelled, saved.
  await signIn(page, url, '30000000001');
  await page.getByLabel('Médecins présents').fill('4');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Enregistré.').waitFor();
  await context.close();
});

/** The demo patients own seeded journeys, which open first (myJourneys): these stories start a new request. */
async function startFresh(page) {
  const form = page.getByLabel('Date de naissance');
  const again = page.getByRole('button', { name: 'Nouvelle demande' }).first();
  await form.or(again).first().waitFor();
  if (await again.isVisible()) await again.click();
  await form.waitFor();
}
