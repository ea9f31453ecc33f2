import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { flattenWords } from '../../src/shared/content/lesson-keys';
import { axeViolations, journey, openVisit } from './harness';
import { answerStepByKeyboard, nextByKeyboard, readLessonOnDisk } from './lesson-solver';

type Context = {
  browser: Browser;
  origin: string;
  routes: string[];
  expectHeading: (page: Page) => Promise<void>;
};

/** English sentences of the app's own words: none may show on a screen in another language. */
function englishSentences(): string[] {
  const sentences = new Set<string>();
  for (const ns of ['common', 'player']) {
    for (const [key, value] of flattenWords(JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8')))) {
      // The app's name is a name: a translation may keep it.
      if (key === 'app.name') continue;
      if (typeof value === 'string' && !value.includes('{{') && value.split(' ').length >= 3)
        sentences.add(value);
    }
  }
  return [...sentences];
}

async function englishOnScreen(page: Page, sentences: string[]): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return sentences.filter((s) => text.includes(s));
}

/** Journeys that play lessons in other languages, right-to-left included, and leave quickly. */
export function registerLanguageJourneys({ browser, origin, routes, expectHeading }: Context) {
  const english = englishSentences();
  const languages = readdirSync('locales').filter(
    (l) => l !== 'en' && existsSync(`locales/${l}/common.json`),
  );

  for (const language of languages) {
    journey(
      `every route in ${language}: right language and direction, no axe violation, no English, no outside request`,
      async () => {
        const visit = await openVisit(browser, origin, { locale: language });
        const { page } = visit;
        const problems: string[] = [];
        for (const route of routes) {
          await page.goto('about:blank');
          await page.goto(`${origin}/#${route}`);
          await expectHeading(page);
          if ((await page.getAttribute('html', 'lang')) !== language)
            problems.push(`${route}: lang is not ${language}`);
          for (const v of await axeViolations(page)) problems.push(`${route}: ${v}`);
          for (const s of await englishOnScreen(page, english)) problems.push(`${route}: English "${s}"`);
        }
        await visit.context.close();
        assert.deepEqual(problems, []);
        assert.deepEqual(visit.errors, []);
        assert.deepEqual(visit.foreign, []);
      },
    );
  }
  const plays: [language: string, dir: 'rtl' | 'ltr', band: string, lesson: string][] = [
    ['ar', 'rtl', '8-10', 'who-is-really-there'],
    ['uk', 'ltr', '4-7', 'trusted-adults'],
  ];
  for (const [language, dir, band, id] of plays) {
    if (
      !existsSync(`locales/${language}/lessons/${id}.json`) ||
      !existsSync(`locales/${language}/player.json`)
    )
      continue;
    journey(
      `a child hears a lesson read aloud in ${language} and plays it through by keyboard (${dir}), with no English on screen`,
      async () => {
        const onDisk = readLessonOnDisk(band, id, language);
        const visit = await openVisit(browser, origin, { locale: language });
        const { page } = visit;
        await page.goto(`${origin}/#/learn/${band}/${id}`);
        await page.locator('.step__title').waitFor();
        assert.equal(await page.getAttribute('html', 'lang'), language);
        assert.equal(await page.getAttribute('html', 'dir'), dir);

        if (dir === 'rtl') {
          // The header reads from the right: the brand sits to the right of the help button.
          const brand = (await page.locator('.site-header__brand').boundingBox())!;
          const help = (await page.locator('.site-header .button--help').boundingBox())!;
          assert.ok(brand.x > help.x, 'brand on the right, tools on the left');
          const fill = await page.locator('.progress__fill').evaluate((el) => {
            const track = el.parentElement!.getBoundingClientRect();
            return Math.abs(el.getBoundingClientRect().right - track.right) < 2;
          });
          assert.ok(fill, 'the progress bar fills from the right');
        }

        // The lesson is voiced in this language: "Read aloud" fetches this language's clip and plays it.
        const player = JSON.parse(readFileSync(`locales/${language}/player.json`, 'utf8')) as {
          narration: { read: string; stop: string };
        };
        const fetched = page.waitForResponse((r) =>
          new URL(r.url()).pathname.includes(`/audio/${language}/${id}/`),
        );
        await page.getByRole('button', { name: player.narration.read, exact: true }).click();
        assert.equal((await fetched).status(), 200);
        await page.locator('.read-aloud[data-state="playing"]').waitFor({ timeout: 10_000 });
        await page.getByRole('button', { name: player.narration.stop, exact: true }).click();

        const seen: string[] = [];
        for (let guard = 0; guard < 40; guard++) {
          seen.push(...(await englishOnScreen(page, english)));
          if (dir === 'rtl' && (await page.locator('.bubble--mine').count())) {
            const mine = (await page.locator('.bubble--mine').first().boundingBox())!;
            const theirs = (await page.locator('.bubble--theirs').first().boundingBox())!;
            assert.ok(mine.x < theirs.x, "the child's own messages sit on the left in right-to-left");
          }
          const step = await answerStepByKeyboard(page, onDisk);
          seen.push(...(await englishOnScreen(page, english)));
          await nextByKeyboard(page);
          if (step.kind === 'recap') break;
          await page.locator('.step__title, #summary-title').first().waitFor();
        }
        await page.locator('#summary-title').waitFor();
        assert.ok((await page.locator('#summary-title').textContent())?.includes(onDisk.words.meta.title!));
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual([...new Set(seen)], [], 'English sentences shown');
        await visit.context.close();
        assert.deepEqual(visit.errors, []);
        assert.deepEqual(visit.foreign, []);
      },
    );
  }

  journey('quick exit replaces the help page with a neutral one, in the same tab', async () => {
    const visit = await openVisit(browser, origin);
    const { page } = visit;
    await page.goto(`${origin}/#/help`);
    await expectHeading(page);
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(/neutral\.html$/);
    assert.equal(await page.title(), 'Times tables practice');
    await visit.context.close();
    assert.deepEqual(visit.foreign, []);
  });
}
