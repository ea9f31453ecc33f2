import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Visit = {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every request to an origin other than the app's. */
  foreign: string[];
  /** Every request made, for checks on what was fetched. */
  requests: string[];
};

/**
 * A fresh browser profile that records console errors and every request, failing any request
 * to another origin before it leaves (the app must contact nothing but itself).
 */
export async function openVisit(
  browser: Browser,
  origin: string,
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    reducedMotion?: 'reduce' | 'no-preference';
  } = {},
): Promise<Visit> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en-GB',
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const page = await context.newPage();
  const visit: Visit = { page, context, errors: [], foreign: [], requests: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    visit.requests.push(url);
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    visit.foreign.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') visit.errors.push(message.text());
  });
  page.on('pageerror', (error) => visit.errors.push(error.message));
  return visit;
}

/** axe-core with the WCAG 2.2 AA tags; returns one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not a <script> tag, so the app's CSP still holds.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: {
            run: (
              c: unknown,
              o: unknown,
            ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_TAGS,
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
}

/** Presses Tab until `selector` has focus: proof the control is reachable by keyboard alone. */
export async function tabTo(page: Page, selector: string, maxPresses = 250): Promise<void> {
  const target = page.locator(selector).first();
  await target.waitFor({ state: 'visible' });
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

type Test = { name: string; run: () => Promise<void> };
const tests: Test[] = [];

export function journey(name: string, run: () => Promise<void>) {
  tests.push({ name, run });
}

/** Runs every journey in order and prints the closing line "N passed, N failed". */
export async function runJourneys(): Promise<number> {
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const started = Date.now();
    try {
      await test.run();
      passed++;
      console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${test.name}\n    ${(error as Error).stack ?? error}`);
    }
  }
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  return failed;
}
