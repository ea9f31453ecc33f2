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
  ['lesson-plan', '/classroom/secrets-online'],
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
await browser.close();
server.httpServer.close();
console.log('Screenshots written to docs/screenshots/');
