import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { lessonSchema, type Lesson, type Step } from '../../src/shared/content/lesson-schema';
import { tabTo } from './harness';

type Words = { steps: Record<string, Record<string, unknown>>; meta: Record<string, string> };
type PlayerWords = {
  chat: { showAll: string; check: string };
  quiz: { check: string };
  sort: { moveTo: string; check: string };
};

/** A lesson as the child meets it in one language: its structure, its words and the player's words. */
export type LessonOnDisk = { lesson: Lesson; words: Words; ui: PlayerWords; language: string };

export function readLessonOnDisk(band: string, id: string, language = 'en'): LessonOnDisk {
  const read = (...path: string[]) => JSON.parse(readFileSync(join(process.cwd(), ...path), 'utf8'));
  const lesson = lessonSchema.parse(read('lessons', band, `${id}.json`));
  return {
    lesson,
    words: read('locales', language, 'lessons', `${id}.json`) as Words,
    ui: read('locales', language, 'player.json') as PlayerWords,
    language,
  };
}

const text = (words: Words, ...path: string[]) => {
  let node: unknown = words.steps;
  for (const p of path) node = (node as Record<string, unknown>)[p];
  return String(node);
};
const css = (s: string) => JSON.stringify(s);

/** The step heading on screen now. */
export async function currentStepTitle(page: Page): Promise<string> {
  return (await page.locator('.step__title').first().textContent()) ?? '';
}

/**
 * Answers the step on screen as a child who knows the safe and right answers would, using only
 * the Tab, Space and Enter keys. Returns the step it answered.
 */
export async function answerStepByKeyboard(page: Page, { lesson, words, ui }: LessonOnDisk): Promise<Step> {
  const title = await currentStepTitle(page);
  // Several steps may share a title ("True or false?"): the step's own question or prompt tells them apart.
  const onScreen = await page.locator('.step').innerText();
  const candidates = lesson.steps.filter((s) => text(words, s.id, 'title') === title);
  const step =
    candidates.find((s) => {
      const own =
        (words.steps[s.id] as Record<string, unknown>)?.question ??
        (words.steps[s.id] as Record<string, unknown>)?.prompt;
      return typeof own === 'string' && onScreen.includes(own);
    }) ?? candidates[0];
  if (!step) throw new Error(`No step of ${lesson.id} has the title "${title}"`);
  const press = async (selector: string, key = 'Enter') => {
    await tabTo(page, selector);
    await page.keyboard.press(key);
  };

  switch (step.kind) {
    case 'chat': {
      const showAll = `button:has-text(${css(ui.chat.showAll)})`;
      if (await page.locator(showAll).count()) await press(showAll);
      for (const message of step.messages.filter((m) => m.flag)) {
        await press(`button.flag-toggle[aria-label*=${css(text(words, step.id, message.id, 'text'))}]`);
      }
      await press(`button:has-text(${css(ui.chat.check)})`);
      break;
    }
    case 'choice': {
      const safe = step.options.find((o) => o.tone === 'safe')!;
      await press(`button.option-button:text-is(${css(text(words, step.id, safe.id, 'label'))})`);
      break;
    }
    case 'quiz': {
      for (const option of step.options.filter((o) => o.correct)) {
        const target = `.quiz input[value=${css(option.id)}]`;
        if (step.mode === 'multi') await press(target, 'Space');
        else await chooseRadio(page, target);
      }
      await press(`button:has-text(${css(ui.quiz.check)})`);
      break;
    }
    case 'sort': {
      for (const item of step.items) {
        const bucket = text(words, step.id, item.bucket, 'label');
        const group = `[role=group][aria-label=${css(text(words, step.id, item.id, 'label'))}]`;
        await press(`${group} button:has-text(${css(ui.sort.moveTo.replace('{{bucket}}', bucket))})`);
      }
      await press(`button:has-text(${css(ui.sort.check)})`);
      break;
    }
    default:
      break;
  }
  return step;
}

/**
 * Radios are one Tab stop: Tab into the group, then the arrow keys move and select, as a
 * keyboard user does.
 */
async function chooseRadio(page: Page, selector: string) {
  await tabTo(page, '.quiz input[type=radio]');
  const target = page.locator(selector);
  for (let i = 0; i < 6; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  if (!(await target.isChecked())) throw new Error(`Could not choose ${selector} with the arrow keys`);
}

/** Tabs to "Next" (or "Finish the lesson") and presses it. */
export async function nextByKeyboard(page: Page) {
  const next = page.locator('.step-controls button.button--primary:not([disabled])');
  if (!(await next.count()))
    throw new Error(
      `"Next" stays disabled on "${await currentStepTitle(page)}": ${await page.locator('.step').innerText()}`,
    );
  await tabTo(page, '.step-controls button.button--primary:not([disabled])');
  await page.keyboard.press('Enter');
}
