// Messaging, documents, tele-expertise and epidemiology against the real system: the GP and the
// patient (two browser contexts) exchange messages live with read receipts, the GP files a document
// the patient then sees and downloads, an expert answers a tele-expertise from their inbox, and the
// territory view draws the epidemiology. Screenshots go to artifacts/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { desktop, launch, phone, screenshots, shot, signIn, unlabelledControls } from './browser.mjs';
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
const tokenOf = async (userId) =>
  (await (await fetch(`${system.url}/auth/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) })).json()).accessToken;
const sidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A journey the patient owns, triaged and taken in charge by the GP (the chatbot itself is story.test.mjs's). */
async function journeyInPrimaryCare(patientId, gpId, patient) {
  const [patientToken, gpToken] = [await tokenOf(patientId), await tokenOf(gpId)];
  const { startJourney } = await graphql(patientToken, 'mutation($i: StartJourneyInput!) { startJourney(input: $i) { journey { id } } }', {
    i: { territoryId: 'demo', patient },
  });
  const journeyId = startJourney.journey.id;
  await graphql(gpToken, 'mutation($i: SubmitTriageInput!) { submitTriage(input: $i) { journey { id } } }', { i: { journeyId, level: 'SEMI_URGENT' } });
  await graphql(gpToken, 'mutation($i: TakeChargeInput!) { takeCharge(input: $i) { journey { id } } }', { i: { journeyId, practitionerId: gpId } });
  return journeyId;
}

test('GP and patient exchange messages live; the GP files a document the patient sees and downloads', { timeout: 180_000 }, async () => {
  const { url } = system;
  const gpId = '10000000001';
  const journeyId = await journeyInPrimaryCare('patient-demo-3', gpId, { familyName: 'Lefèvre', givenName: 'Nadia', birthDate: '1979-05-04', phone: '+33 6 98 76 54 32' });
  const consoleLines = [];

  // The patient, on a phone, with the journey open.
  const patientContext = await browser.newContext(phone);
  await patientContext.addInitScript((id) => localStorage.setItem('innomed.journey.patient-demo-3', id), journeyId);
  const patient = await patientContext.newPage();
  patient.on('console', (m) => consoleLines.push(m.text()));
  await signIn(patient, url, 'patient-demo-3');
  await patient.waitForURL(`${url}/patient`);
  const patientChat = patient.locator('.messaging');
  await patientChat.getByText('Aucun message pour le moment.').waitFor({ timeout: 20_000 });

  // The GP, at a desk, writes first.
  const gpContext = await browser.newContext(desktop);
  const gp = await gpContext.newPage();
  gp.on('console', (m) => consoleLines.push(m.text()));
  await signIn(gp, url, gpId);
  await gp.goto(`${url}/gp/journeys/${journeyId}`);
  const gpChat = gp.locator('.messaging');
  await gpChat.getByText('Aucun message pour le moment.').waitFor();
  await gpChat.getByLabel('Votre message').fill('Bonjour, la douleur a-t-elle changé depuis ce matin ?');
  await gpChat.getByRole('button', { name: 'Envoyer' }).click();
  await gpChat.locator('.msg__message[data-sequence="1"]').waitFor();

  // The patient's phone shows it without a reload; reading it shows as read on the GP's side.
  await patient.evaluate(() => (window.__notReloaded = true));
  await patientChat.getByText('Bonjour, la douleur a-t-elle changé depuis ce matin ?').waitFor({ timeout: 15_000 });
  await patientChat.getByText('Camille Durand', { exact: false }).first().waitFor();
  await gpChat.locator('.msg__message[data-sequence="1"] .msg__receipt[data-read="true"]').waitFor({ timeout: 15_000 });
  assert.match(await gpChat.locator('.msg__message[data-sequence="1"] .msg__receipt').textContent(), /^Lu par /);

  // The patient answers; the GP's open view counts it unread until shown, then reads it.
  await patientChat.getByLabel('Votre message').fill('Elle revient le soir, surtout en montant les escaliers.');
  await patientChat.getByRole('button', { name: 'Envoyer' }).click();
  await gpChat.getByText('Elle revient le soir, surtout en montant les escaliers.').waitFor({ timeout: 15_000 });
  await gpChat.locator('.msg__message[data-sequence="2"]').getByText('Nadia Lefèvre').waitFor();
  await patientChat.locator('.msg__message[data-sequence="2"] .msg__receipt[data-read="true"]').waitFor({ timeout: 15_000 });
  assert.equal(await patient.evaluate(() => window.__notReloaded), true, 'the patient view updated without a reload');
  assert.deepEqual(await unlabelledControls(gp), [], 'every control of the journey view (chat, documents) has a label');

  // A file the gateway would refuse is refused in words, before anything is sent.
  const docs = gp.locator('.documents');
  await docs.getByText('Ajouter un document').click();
  await docs.getByLabel('Fichier').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<html></html>') });
  await docs.getByText('Type de fichier non accepté', { exact: false }).waitFor();

  // The GP files a consultation report; it is announced in the conversation.
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await docs.getByLabel('Fichier').setInputFiles({ name: 'compte-rendu-consultation.pdf', mimeType: 'application/pdf', buffer: pdf });
  await docs.getByLabel('Nature du document').selectOption('CONSULTATION_REPORT');
  await docs.getByRole('button', { name: 'Envoyer le document' }).click();
  await docs.getByText('« compte-rendu-consultation.pdf » ajouté au dossier.').waitFor({ timeout: 15_000 });
  await docs.locator('.documents__list .document', { hasText: 'compte-rendu-consultation.pdf' }).waitFor();
  await gpChat.locator('.msg__attachments', { hasText: 'compte-rendu-consultation.pdf' }).waitFor({ timeout: 15_000 });
  await shot(gp, 'gp-messaging-documents');

  // The patient sees it in the conversation and in their file, and downloads it (with the token).
  await patientChat.locator('.msg__attachments', { hasText: 'compte-rendu-consultation.pdf' }).waitFor({ timeout: 15_000 });
  const patientDocs = patient.locator('.documents');
  const row = patientDocs.locator('.documents__list .document', { hasText: 'compte-rendu-consultation.pdf' });
  await row.waitFor({ timeout: 15_000 });
  const [download] = await Promise.all([patient.waitForEvent('download'), row.getByRole('button', { name: 'Télécharger compte-rendu-consultation.pdf' }).click()]);
  assert.equal(download.suggestedFilename(), 'compte-rendu-consultation.pdf');
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  assert.ok(Buffer.concat(chunks).equals(pdf), 'the patient downloads the very bytes the GP filed');

  // Phones: the patient's panels fit, and so does the GP's journey view.
  await patient.locator('.collaboration').screenshot({ path: path.join(screenshots, 'patient-messaging-phone.png') });
  assert.ok((await sidewaysScroll(patient)) <= 1, 'the patient view with messages and documents scrolls sideways on a phone');
  assert.deepEqual(await unlabelledControls(patient), [], 'every control of the patient view has a label');
  const gpPhoneContext = await browser.newContext(phone);
  const gpPhone = await gpPhoneContext.newPage();
  await signIn(gpPhone, url, gpId);
  await gpPhone.goto(`${url}/gp/journeys/${journeyId}`);
  await gpPhone.locator('.messaging .msg__message[data-sequence="3"]').waitFor({ timeout: 15_000 });
  assert.ok((await sidewaysScroll(gpPhone)) <= 1, 'the GP journey view with messages and documents scrolls sideways on a phone');
  await shot(gpPhone, 'gp-messaging-phone');

  const leaked = consoleLines.filter((l) => /Nadia|Lefèvre|1979-05-04|98 76 54 32|Bearer|eyJ/.test(l));
  assert.deepEqual(leaked, [], 'console lines carry no personal data or tokens');
  await Promise.all([patientContext.close(), gpContext.close(), gpPhoneContext.close()]);
});

test('the GP asks a tele-expertise, the expert answers from their inbox, the GP sees it live', { timeout: 150_000 }, async () => {
  const { url } = system;
  const gpId = '10000000002';
  const journeyId = await journeyInPrimaryCare('patient-demo-1', gpId, { familyName: 'Roux', givenName: 'Élise', birthDate: '1966-09-30' });

  const gpContext = await browser.newContext(desktop);
  const gp = await gpContext.newPage();
  await signIn(gp, url, gpId);
  await gp.goto(`${url}/gp/journeys/${journeyId}`);
  await gp.getByRole('button', { name: 'Adresser, demander un avis, prescrire' }).click();
  await gp.getByLabel('Type de demande').selectOption('TELE_EXPERTISE');
  await gp.getByLabel('Rechercher').fill('Mercier');
  await gp.getByRole('radio', { name: /Paul Mercier/ }).check();
  await gp.getByLabel('Question').fill('Sous-décalage ST en V4-V6 à l’effort : avis ?');
  await gp.getByRole('button', { name: 'Envoyer la demande' }).click();
  const te = gp.locator('li[data-kind="TELE_EXPERTISE"]');
  await te.locator('[data-status="REQUESTED"]').waitFor();

  // The expert's home lists it in their tele-expertise inbox; they answer there.
  const expertContext = await browser.newContext(desktop);
  const expert = await expertContext.newPage();
  await signIn(expert, url, '20000000001');
  await expert.waitForURL(`${url}/unit`);
  const request = expert.locator(`.te-request[data-journey-id="${journeyId}"]`);
  await request.waitFor({ timeout: 30_000 });
  await expert.locator('.te-statement').waitFor();
  assert.deepEqual(await unlabelledControls(expert), [], 'every control of the expert home has a label');
  await shot(expert, 'specialist-tele-expertise');
  await request.getByRole('button', { name: 'Répondre' }).click();
  await request.getByLabel('Votre réponse').fill("Pas d'argument pour une ischémie ; épreuve d'effort si récidive.");
  await request.getByRole('button', { name: 'Valider' }).click();
  await request.waitFor({ state: 'detached', timeout: 15_000 });

  // The GP's open journey shows the answer without a reload; the expert's statement counts the act.
  await te.locator('[data-te-answer]').getByText("Pas d'argument pour une ischémie", { exact: false }).waitFor({ timeout: 15_000 });
  await expert.reload();
  await expert.locator('.te-statement [data-billable-count="1"]').waitFor({ timeout: 15_000 });
  // The CSV statement needs the token: the button fetches it and saves it under the gateway's name.
  const [csv] = await Promise.all([expert.waitForEvent('download'), expert.getByRole('button', { name: 'Télécharger le relevé (CSV)' }).click()]);
  assert.match(csv.suggestedFilename(), /^tele-expertise-20000000001-\d{4}-\d{2}\.csv$/);
  const chunks = [];
  for await (const c of await csv.createReadStream()) chunks.push(c);
  assert.match(Buffer.concat(chunks).toString('utf8'), /TE2/, 'the statement lists the expert act');
  await Promise.all([gpContext.close(), expertContext.close()]);
});

test('the territory view shows epidemiology, withheld counts as such, on a desk and on a phone', { timeout: 120_000 }, async () => {
  const { url } = system;
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await signIn(page, url, '10000000003');
  await page.goto(`${url}/territory`);
  const epi = page.locator('.epidemiology');
  await epi.waitFor({ timeout: 20_000 });
  assert.ok(Number(await epi.getAttribute('data-days')) >= 7, 'four weeks of demo counts are drawn');
  await epi.locator('table.epi-trend tbody tr').first().waitFor();
  // The demo keeps skin complaints under k on purpose: those days say "withheld", never 0.
  await epi.getByLabel('Série affichée').selectOption('SKIN');
  await epi.getByText('Chiffres du graphique', { exact: false }).click();
  const skinCells = await epi.locator('table.epi-daily tbody td:nth-child(2)').allTextContents();
  assert.ok(skinCells.some((c) => /^masqué/.test(c)), `some skin days are withheld (${skinCells.join(', ')})`);
  await epi.getByText('Chiffres du graphique', { exact: false }).click(); // folded again
  await epi.getByLabel('Série affichée').selectOption('RESPIRATORY');
  await page.waitForTimeout(300); // the chart draws on the next frame
  // A triage now moves today's figures on the open page, live.
  await journeyInPrimaryCare('patient-demo-2', '10000000003', { familyName: 'Vidal', givenName: 'Marc', birthDate: '1988-12-01' });
  await page.locator('.epidemiology:not([data-live-updates="0"])').waitFor({ timeout: 20_000 });
  await epi.getByText('Mis à jour en direct', { exact: false }).waitFor();
  await page.locator('section[aria-labelledby="epi-title"]').screenshot({ path: path.join(screenshots, 'territory-epidemiology.png') });
  await shot(page, 'territory-dashboard-epidemiology');
  assert.deepEqual(await unlabelledControls(page), [], 'every control of the territory view has a label');
  await context.close();

  // An admin sets a category's alert threshold; it reads back.
  const adminContext = await browser.newContext(desktop);
  const admin = await adminContext.newPage();
  await signIn(admin, url, 'admin-demo');
  await admin.goto(`${url}/territory`);
  await admin.getByText("Seuils d'alerte").click();
  await admin.getByLabel('Moyenne minimale par jour, Respiratoire').fill('4');
  await admin.getByLabel('Hausse en %, Respiratoire').fill('30');
  await admin.getByRole('button', { name: 'Enregistrer le seuil Respiratoire' }).click();
  await admin.locator('.epi-thresholds tr[data-category="RESPIRATORY"] td', { hasText: '+30 %' }).waitFor({ timeout: 15_000 });
  await adminContext.close();

  const phoneContext = await browser.newContext(phone);
  const onPhone = await phoneContext.newPage();
  await signIn(onPhone, url, '40000000001');
  await onPhone.goto(`${url}/territory`);
  await onPhone.locator('.epidemiology table.epi-trend').waitFor({ timeout: 20_000 });
  await onPhone.waitForTimeout(300);
  assert.ok((await sidewaysScroll(onPhone)) <= 1, 'the territory view with epidemiology scrolls sideways on a phone');
  await phoneContext.close();
});
