import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { lessonSchema, type Lesson, type Step } from '../../src/shared/content/lesson-schema';
import { tabTo } from './harness';

type Words = { steps: Record<string, Record<string, unknown>>; meta: Record<string, string> };

export type LessonOnDisk = { lesson: Lesson; words: Words };

export function readLessonOnDisk(band: string, id: string, language = 'en'): LessonOnDisk {
  const root = process.cwd();
  const lesson = lessonSchema.parse(
    JSON.parse(readFileSync(join(root, 'lessons', band, `${id}.json`), 'utf8')),
  );
  const words = JSON.parse(
    readFileSync(join(root, 'locales', language, 'lessons', `${id}.json`), 'utf8'),
  ) as Words;
  return { lesson, words };
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
export async function answerStepByKeyboard(page: Page, { lesson, words }: LessonOnDisk): Promise<Step> {
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
      if (await page.locator('button:has-text("Show all messages")').count())
        await press('button:has-text("Show all messages")');
      for (const message of step.messages.filter((m) => m.flag)) {
        await press(`button.flag-toggle[aria-label*=${css(text(words, step.id, message.id, 'text'))}]`);
      }
      await press('button:has-text("Check my flags")');
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
      await press('button:has-text("Check my answer")');
      break;
    }
    case 'sort': {
      for (const item of step.items) {
        const bucket = text(words, step.id, item.bucket, 'label');
        const group = `[role=group][aria-label=${css(text(words, step.id, item.id, 'label'))}]`;
        await press(`${group} button:has-text(${css(`Put in “${bucket}”`)})`);
      }
      await press('button:has-text("Check my sorting")');
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
