// Debian's Chromium driven by playwright-core: no browser download, ever.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshots = path.join(root, 'artifacts/screenshots');

export async function launch() {
  const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (scripts/test.sh does)');
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}

export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR', timezoneId: 'Europe/Paris' };
export const desktop = { viewport: { width: 1280, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' };

export async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** Signs in through the development sign-in picker, as a person would. */
export async function signIn(page, url, userId) {
  await page.goto(`${url}/`);
  await page.locator(`button[data-user-id="${userId}"]`).click();
  await page.locator('.topbar__user').waitFor({ state: 'attached' });
}

/** Answers the triage chatbot until it is done; `pick` may choose answers per question code. */
export async function answerTriage(page, pick = () => undefined, onQuestion = async () => {}) {
  for (let i = 0; i < 60; i++) {
    const question = page.locator('[data-question]');
    const done = page.locator('#result-title, #emergency-title');
    await Promise.race([question.waitFor({ timeout: 20_000 }), done.first().waitFor({ timeout: 20_000 })]).catch(() => {});
    if (await done.count()) return;
    const code = await question.getAttribute('data-question');
    const kind = await question.getAttribute('data-kind');
    await onQuestion(code, i);
    const chosen = pick(code, kind);
    const area = question;
    if (kind === 'YES_NO') {
      await area.getByRole('button', { name: chosen ?? 'Non', exact: true }).click();
    } else if (kind === 'CHOICE') {
      await (chosen ? area.getByRole('button', { name: chosen, exact: true }) : area.locator('.answers button').first()).click();
    } else if (kind === 'MULTI_CHOICE') {
      await area.locator('input[type=checkbox]').first().check();
      await area.getByRole('button', { name: 'Continuer' }).click();
    } else if (kind === 'NUMBER') {
      const input = area.locator('input[type=number]');
      const min = Number((await input.getAttribute('min')) ?? 0);
      const max = Number((await input.getAttribute('max')) ?? 10);
      await input.fill(String(chosen ?? Math.round(min + (max - min) / 4)));
      await area.getByRole('button', { name: 'Continuer' }).click();
    } else {
      await area.locator('textarea').fill(chosen ?? 'Palpitations depuis ce matin');
      await area.getByRole('button', { name: 'Continuer' }).click();
    }
    // The next question (or the result) replaces this one.
    await page.waitForFunction((c) => document.querySelector('[data-question]')?.getAttribute('data-question') !== c, code, { timeout: 20_000 });
  }
  throw new Error('the chatbot never finished');
}

/** Form controls on the page without an accessible name (a label, aria-label or aria-labelledby). */
export async function unlabelledControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.tagName === 'BUTTON' && el.textContent.trim())))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}
