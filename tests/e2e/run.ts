/**
 * End-to-end journeys in a real Chromium against the production build (dist/), served on
 * localhost. Run by `npm run test:e2e` after `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from './browser';
import { axeViolations, journey, openVisit, runJourneys, tabTo } from './harness';
import { registerLanguageJourneys } from './language-journeys';
import { answerStepByKeyboard, currentStepTitle, nextByKeyboard, readLessonOnDisk } from './lesson-solver';
import { readContent } from '../../build/read-content';
import { BUDGETS, measureBuild } from '../../build/measure-build';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await preview({
  preview: { port: 4179, strictPort: false, host: '127.0.0.1' },
  logLevel: 'warn',
});
const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await launchChromium();
const { lessons } = readContent(process.cwd());
const firstOf = (band: string) => lessons.find((l) => l.band === band)!;

const ROUTES = [
  '/',
  ...['4-7', '8-10', '11-13', '14-17'].map((b) => `/learn/${b}`),
  `/learn/8-10/${firstOf('8-10').id}`,
  `/learn/4-7/${firstOf('4-7').id}`,
  '/learn/11-13/certificate',
  '/classroom',
  `/classroom/${firstOf('14-17').id}`,
  `/classroom/${firstOf('4-7').id}/present`,
  `/classroom/${firstOf('4-7').id}/presenter`,
  '/parents',
  '/parents/8-10',
  '/help',
  '/settings',
  '/no-such-page',
];

async function expectHeading(page: import('playwright-core').Page) {
  // A suspended screen keeps the old one hidden in the DOM: wait for a visible heading and no spinner.
  await page.locator('h1:visible').first().waitFor({ timeout: 10_000 });
  await page.locator('.loading').waitFor({ state: 'detached', timeout: 10_000 });
}

journey("the byte budgets hold: first load, each lesson's own code and words, audio per lesson", async () => {
  const m = measureBuild('dist');
  assert.ok(
    m.firstLoad.js <= BUDGETS.firstLoadJs,
    `first-load JavaScript ${m.firstLoad.js} B gzip > ${BUDGETS.firstLoadJs}`,
  );
  const heavy = m.lessons.filter((l) => l.own > BUDGETS.lessonOwn).map((l) => `${l.id}: ${l.own} B`);
  assert.deepEqual(heavy, [], 'lessons over their 25 KB budget');
  assert.equal(m.lessons.length, lessons.length, 'every lesson has its own chunks');
  const loud = m.audio
    .filter((a) => a.bytes > BUDGETS.audioPerLessonLanguage[a.band] || a.largestStep > BUDGETS.audioPerStep)
    .map((a) => `${a.language}/${a.lesson} (${a.band}): ${a.bytes} B, largest step ${a.largestStep} B`);
  assert.deepEqual(loud, [], 'narration over its budget per lesson and language, or per step');
  assert.ok(m.audio.length > 0, 'narration was measured');
});

journey('every route renders with no axe violation, no console error and no outside request', async () => {
  const visit = await openVisit(browser, origin);
  const problems: string[] = [];
  for (const route of ROUTES) {
    // A full page load per route, so no screen is measured while the previous one still shows.
    await visit.page.goto('about:blank');
    await visit.page.goto(`${origin}/#${route}`);
    await expectHeading(visit.page).catch((error: Error) => {
      throw new Error(`${route}: ${error.message}`);
    });
    for (const v of await axeViolations(visit.page)) problems.push(`${route}: ${v}`);
  }
  await visit.context.close();
  assert.deepEqual(problems, []);
  assert.deepEqual(visit.errors, []);
  assert.deepEqual(visit.foreign, []);
});

journey('every screen reaches the help page in one activation of "Get help"', async () => {
  const visit = await openVisit(browser, origin, { viewport: { width: 360, height: 740 } });
  for (const route of ROUTES) {
    await visit.page.goto('about:blank');
    await visit.page.goto(`${origin}/#${route}`);
    await expectHeading(visit.page);
    await visit.page.getByRole('link', { name: 'Get help' }).first().click();
    await visit.page.getByRole('heading', { level: 1, name: 'Get help' }).waitFor();
    assert.ok(
      await visit.page.locator('a[href^="tel:"]').count(),
      `help for ${route} shows a number to call`,
    );
  }
  await visit.context.close();
  assert.deepEqual(visit.errors, []);
});

for (const band of ['4-7', '8-10']) {
  journey(`a child finishes a ${band} lesson by keyboard alone, leaving and resuming half way`, async () => {
    const summary = firstOf(band);
    const onDisk = readLessonOnDisk(band, summary.id);
    const visit = await openVisit(browser, origin);
    const { page } = visit;
    await page.goto(`${origin}/#/learn/${band}`);
    await expectHeading(page);
    await tabTo(page, `a[href="#/learn/${band}/${summary.id}"]`);
    await page.keyboard.press('Enter');
    await page.locator('.step__title').waitFor();

    let reloaded = false;
    for (let guard = 0; guard < 40; guard++) {
      const step = await answerStepByKeyboard(page, onDisk);
      if (step.kind === 'recap') break;
      if (!reloaded && step.kind === 'quiz') {
        // Leave mid-lesson (reload the page) and come back exactly here, answer kept.
        const before = await currentStepTitle(page);
        await page.reload();
        await page.locator('.step__title').waitFor();
        assert.equal(await currentStepTitle(page), before, 'resumes on the same step');
        assert.ok(
          await page.getByText(/Yes, that's right\./).count(),
          'the answer given before leaving is still shown',
        );
        reloaded = true;
      }
      await nextByKeyboard(page);
      await page.locator('.step__title, #summary-title').first().waitFor();
    }
    assert.ok(reloaded, 'the lesson had a quiz to reload at');
    await nextByKeyboard(page);
    const heading = page.locator('#summary-title');
    await heading.waitFor();
    assert.match(
      (await heading.textContent()) ?? '',
      new RegExp(onDisk.words.meta.title!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    const score = (await page.locator('.summary__score').textContent()) ?? '';
    const [, points, max] = score.match(/You scored (\d+) out of (\d+)/) ?? [];
    assert.ok(max && points === max, `full marks for the right answers: "${score}"`);
    assert.ok(
      await page.getByText(`You earned the badge: ${onDisk.words.meta.badge}`).count(),
      'badge awarded',
    );
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('link', { name: 'Back to my lessons' }).click();
    await expectHeading(page);
    await page.getByRole('img', { name: `Badge earned: ${onDisk.words.meta.badge}` }).waitFor();
    await visit.context.close();
    assert.deepEqual(visit.errors, []);
    assert.deepEqual(visit.foreign, []);
  });
}

journey(
  '"Read aloud" on a 4-7 lesson step fetches its clip from /audio/ and the narrator reports playing',
  async () => {
    const lesson = firstOf('4-7');
    const visit = await openVisit(browser, origin);
    const { page } = visit;
    await page.goto(`${origin}/#/learn/4-7/${lesson.id}`);
    await page.locator('.step__title').waitFor();
    // Nothing sounds before the child has touched the page, even for 4-7 (the next step may be fetched ahead).
    await page.waitForTimeout(500);
    assert.equal(await page.locator('.read-aloud').getAttribute('data-state'), 'idle', 'silent before a tap');

    const fetched = page.waitForResponse((r) =>
      new URL(r.url()).pathname.includes(`/audio/en/${lesson.id}/steps.${lesson.steps[0]!.id}.title.`),
    );
    await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
    const response = await fetched;
    assert.equal(response.status(), 200);
    assert.match(response.url(), /\/audio\/en\/[^/]+\/steps\.[^/]+\.title\.(webm|mp3)\?v=\w+$/);
    await page.locator('.read-aloud[data-state="playing"]').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Stop reading', exact: true }).waitFor();
    assert.ok(await page.locator('.is-reading').count(), 'the words being read are outlined');

    // The same button stops it.
    await page.getByRole('button', { name: 'Stop reading', exact: true }).click();
    await page.locator('.read-aloud[data-state="idle"]').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await visit.context.close();
    assert.deepEqual(visit.errors, []);
    assert.deepEqual(visit.foreign, []);
  },
);

journey('corrupt saved progress does not stop the app, and the child is told once, kindly', async () => {
  const visit = await openVisit(browser, origin);
  await visit.page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('spot-the-signs:progress', '{"state":{"lessons":{"x":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await visit.page.goto(`${origin}/#/learn/8-10`);
  await expectHeading(visit.page);
  await visit.page.getByText('Some saved progress could not be read').waitFor();
  assert.deepEqual(await axeViolations(visit.page), []);
  await visit.context.close();
});

journey('a lesson that does not exist says so, with a way home', async () => {
  const visit = await openVisit(browser, origin);
  await visit.page.goto(`${origin}/#/learn/8-10/no-such-lesson`);
  await visit.page.getByRole('link', { name: 'Go to the home page' }).waitFor();
  await visit.context.close();
});

journey(
  'a teacher presents a lesson by keyboard, reveals answers, tallies a vote, and the presenter view follows',
  async () => {
    const lesson = firstOf('8-10');
    const onDisk = readLessonOnDisk('8-10', lesson.id);
    const visit = await openVisit(browser, origin, { viewport: { width: 1920, height: 1080 } });
    const { page } = visit;
    await page.goto(`${origin}/#/classroom/${lesson.id}/present`);
    await page.locator('#slide-title').waitFor();
    const presenter = await visit.context.newPage();
    await presenter.goto(`${origin}/#/classroom/${lesson.id}/presenter`);
    await presenter.getByRole('heading', { name: /Presenter view/ }).waitFor();

    // Move with the keyboard (a presenter clicker sends Page Down) to the first choice or quiz.
    const target = lesson.steps.findIndex((s) => s.kind === 'choice' || s.kind === 'quiz');
    const step = lesson.steps[target]!;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < target; i++) await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    const title = (onDisk.words.steps[step.id] as { title: string }).title;
    assert.equal(await page.locator('#slide-title').textContent(), title);
    await presenter.getByText(`: ${title}`, { exact: false }).first().waitFor();

    // Answers stay hidden until revealed.
    assert.equal(await page.locator('.slide__feedback').count(), 0);
    const option = step.kind === 'choice' || step.kind === 'quiz' ? step.options[0]! : undefined;
    await page
      .getByRole('button', { name: /^Add a vote for: / })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^Add a vote for: / })
      .first()
      .click();
    assert.equal(await page.locator('.tally__count').first().textContent(), '2 votes');
    await page.keyboard.press('r');
    await page.locator('.slide__feedback').first().waitFor();
    assert.ok(option, 'the step has options');
    assert.equal(
      await page.locator('.slide__feedback').count(),
      step.kind === 'choice' || step.kind === 'quiz' ? step.options.length : 0,
    );

    // The presenter view drives the projected window too.
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await page
      .locator('#slide-title', {
        hasText: (onDisk.words.steps[lesson.steps[target + 1]!.id] as { title: string }).title,
      })
      .waitFor();
    await presenter.getByRole('button', { name: 'Start timer' }).click();
    await page.getByRole('button', { name: 'Pause timer' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await axeViolations(presenter), []);

    // Presenting writes nothing to a child's progress.
    const saved = await page.evaluate(() => localStorage.getItem('spot-the-signs:progress'));
    assert.ok(!saved || !saved.includes(lesson.id), 'no progress saved for the presented lesson');
    await visit.context.close();
    assert.deepEqual(visit.errors, []);
    assert.deepEqual(visit.foreign, []);
  },
);

journey(
  'a parent opens a band guide and starts a lesson together, with talking points between steps',
  async () => {
    const visit = await openVisit(browser, origin, { viewport: { width: 390, height: 844 } });
    const { page } = visit;
    await page.goto(`${origin}/#/parents`);
    await expectHeading(page);
    await page.getByRole('link', { name: /Ages 8 to 10/ }).click();
    await page.getByRole('heading', { level: 1, name: /Parents' guide: Ages 8 to 10/ }).waitFor();
    await page
      .getByRole('link', { name: /^Start: / })
      .first()
      .click();
    await page.getByText('Family mode:', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Talk together' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await visit.context.close();
    assert.deepEqual(visit.errors, []);
  },
);

journey(
  'the build sends a strict Content-Security-Policy: own origin only, no inline scripts, no eval',
  async () => {
    const visit = await openVisit(browser, origin);
    await visit.page.goto(`${origin}/`);
    const csp = await visit.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.ok(csp, 'the CSP meta tag is present');
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    const inlineScripts = await visit.page.locator('script:not([src])').count();
    assert.equal(inlineScripts, 0, 'no inline scripts');
    await visit.context.close();
  },
);

journey('a band saved for offline use plays with the network off', async () => {
  const lesson = firstOf('4-7');
  const onDisk = readLessonOnDisk('4-7', lesson.id);
  const visit = await openVisit(browser, origin);
  const { page, context } = visit;
  await page.goto(`${origin}/#/learn/4-7`);
  await expectHeading(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const offer = page.getByText(
    /Save this age group's lessons, with the voice that reads them aloud, on this device so they work offline \(\d/,
  );
  await offer.waitFor();
  await page.getByRole('button', { name: 'Make these lessons available offline' }).click();
  await page.getByText('These lessons work offline on this device.').waitFor({ timeout: 90_000 });

  await context.setOffline(true);
  await page.goto('about:blank').catch(() => undefined);
  await page.goto(`${origin}/#/learn/4-7/${lesson.id}`);
  const first = (onDisk.words.steps[lesson.steps[0]!.id] as { title: string }).title;
  await page.locator('.step__title', { hasText: first }).waitFor();
  // Narration was saved with the band: it plays with no network, from the service worker's cache.
  await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
  await page.locator('.read-aloud[data-state="playing"]').waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Stop reading', exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.step__title').nth(0).waitFor();
  await context.setOffline(false);
  await context.close();
  assert.deepEqual(
    visit.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)),
    [],
  );
});

journey('a lesson plan prints to a non-empty PDF', async () => {
  const lesson = firstOf('11-13');
  const visit = await openVisit(browser, origin);
  await visit.page.goto(`${origin}/#/classroom/${lesson.id}`);
  await expectHeading(visit.page);
  await visit.page.emulateMedia({ media: 'print' });
  assert.equal(await visit.page.locator('.site-header').isVisible(), false, 'the header is not printed');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await visit.page.pdf({ format, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pdf.length > 20_000 && pages >= 2, `${format}: ${pdf.length} bytes, ${pages} pages`);
  }
  await visit.context.close();
});

registerLanguageJourneys({ browser, origin, routes: ROUTES, expectHeading });

const failed = await runJourneys();
await browser.close();
await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
process.exit(failed ? 1 : 0);
