/**
 * `npx tsx scripts/screenshots.ts`: screenshots of the main screens at phone and projector sizes,
 * from the production build, into docs/screenshots/ (used by the README, and for looking at).
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/browser';

const SCREENS: [name: string, route: string, prepare?: string][] = [
  ['home', '/'],
  ['band-map', '/learn/8-10'],
  ['story', '/learn/4-7/trusted-adults'],
  ['chat', '/learn/8-10/who-is-really-there', 'chat'],
  ['help', '/help'],
  ['settings', '/settings'],
  ['lesson-plan', '/classroom/secrets-online'],
  ['present', '/classroom/who-is-really-there/present'],
];

/** The same screens in Arabic, right to left. */
const RTL: [name: string, route: string][] = [
  ['home-ar', '/'],
  ['chat-ar', '/learn/8-10/who-is-really-there'],
];
const SIZES = [
  { label: '360', width: 360, height: 780 },
  { label: '1280', width: 1280, height: 800 },
];

mkdirSync('docs/screenshots', { recursive: true });
const server = await preview({
  preview: { port: 4181, strictPort: false, host: '127.0.0.1' },
  logLevel: 'warn',
});
const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await launchChromium();
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce' });
  for (const [name, route, prepare] of SCREENS) {
    await page.goto('about:blank');
    await page.goto(`${origin}/#${route}`);
    await page.locator('h1:visible').first().waitFor();
    if (prepare === 'chat') {
      // Walk to the first chat step and flag its first message, to show the chat mid-lesson.
      for (let i = 0; i < 6 && !(await page.locator('.chat').count()); i++) {
        await page.locator('.step-controls .button--primary').click();
      }
      await page.locator('.flag-toggle').nth(1).click();
    }
    await page.screenshot({
      path: `docs/screenshots/${name}-${size.label}.png`,
      fullPage: size.label === '360' ? false : true,
    });
  }
  await page.close();
}
for (const size of SIZES) {
  const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce', locale: 'ar' });
  const page = await context.newPage();
  for (const [name, route] of RTL) {
    await page.goto('about:blank');
    await page.goto(`${origin}/#${route}`);
    await page.locator('h1:visible').first().waitFor();
    if (name === 'chat-ar') {
      for (let i = 0; i < 6 && !(await page.locator('.chat').count()); i++) {
        await page.locator('.step-controls .button--primary').click();
      }
    }
    await page.screenshot({ path: `docs/screenshots/${name}-${size.label}.png` });
  }
  await context.close();
}

// Every step kind, at both sizes: walk a lesson on its safe path and photograph each kind once.
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce' });
  await page.goto(`${origin}/#/learn/8-10/who-is-really-there`);
  const seen = new Set<string>();
  for (let i = 0; i < 20; i++) {
    const step = page.locator('.step').first();
    await step.waitFor();
    const kind = ((await step.getAttribute('class')) ?? '').match(/step--(\w+)/)?.[1] ?? 'unknown';
    // The sort step's drag and drop loads on its own: wait for the cards, not the loading line.
    if (kind === 'sort') await page.locator('.sort-card').first().waitFor();
    if (!seen.has(kind)) {
      seen.add(kind);
      await page.screenshot({ path: `docs/screenshots/step-${kind}-${size.label}.png`, fullPage: true });
    }
    // Answer just enough to go on: first option, first bucket, check.
    if (kind === 'choice') await page.locator('.option-button').first().click();
    if (kind === 'quiz') {
      await page.locator('.quiz input').first().check();
      await page.locator('.quiz .button--primary').click();
      if (await page.getByRole('button', { name: 'Try again' }).count()) {
        await page.getByRole('button', { name: 'Try again' }).click();
        await page.locator('.quiz input').nth(1).check();
        await page.locator('.quiz .button--primary').click();
      }
    }
    if (kind === 'chat') await page.getByRole('button', { name: 'Check my flags' }).click();
    if (kind === 'sort') {
      // Each placed card leaves the "Cards to sort" box, so always move the first card still there.
      for (let n = 0; n < 12 && (await page.getByRole('heading', { name: 'Cards to sort' }).count()); n++)
        await page.locator('.sort-bucket').first().locator('.sort-card__move').first().click();
      await page.getByRole('button', { name: 'Check my sorting' }).click();
      if (!seen.has('sort-checked')) {
        seen.add('sort-checked');
        await page.screenshot({
          path: `docs/screenshots/step-sort-checked-${size.label}.png`,
          fullPage: true,
        });
      }
    }
    if (kind === 'recap') break;
    const next = page.locator('.step-controls .button--primary:not([disabled])');
    if (!(await next.count())) {
      console.log(`Stopped at a ${kind} step this walk could not answer; the kinds seen so far are saved.`);
      break;
    }
    await next.click();
  }
  await page.close();
}
await browser.close();
server.httpServer.close();
console.log('Screenshots written to docs/screenshots/');
