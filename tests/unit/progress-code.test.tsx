import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import {
  CODE_ALPHABET,
  CODE_CATALOGUES,
  progressCode,
  readProgressCode,
} from '../../src/features/progress/progress-code';
import { useProgressStore } from '../../src/features/progress/progress-store';
import type { LessonProgress, ProgressState } from '../../src/features/progress/saved-progress';
import { ALL_LESSONS } from '../../src/shared/content/lesson-index';
import { renderApp } from '../helpers/render';

const catalogue = CODE_CATALOGUES.at(-1)!;
const lesson = (extra: Partial<LessonProgress> = {}): LessonProgress => ({
  revision: 1,
  currentStepId: 'a',
  visited: ['a'],
  steps: {},
  ...extra,
});

/** Any progress over the catalogue's lessons: untouched, started, or finished with any score. */
const progress: fc.Arbitrary<ProgressState> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...catalogue),
      fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      fc.boolean(),
    ),
    { maxLength: 40 },
  )
  .map((entries) => ({
    lessons: Object.fromEntries(
      entries.map(([id, bestScore, finished]) => [
        id,
        lesson(
          finished
            ? { completedAt: '2026-01-01T00:00:00.000Z', ...(bestScore === undefined ? {} : { bestScore }) }
            : {},
        ),
      ]),
    ),
  }));

test('a code reads back as exactly the lessons finished, never with a higher score than earned', () => {
  fc.assert(
    fc.property(progress, (state) => {
      const code = progressCode(state);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
      const result = readProgressCode(code);
      if (!result.ok) throw new Error(`${code}: ${result.problem}`);
      const finished = Object.entries(state.lessons).filter(([, p]) => p.completedAt);
      expect(result.finished.map((f) => f.lessonId).sort()).toEqual(finished.map(([id]) => id).sort());
      for (const { lessonId, bestScore } of result.finished)
        expect(bestScore).toBeLessThanOrEqual(state.lessons[lessonId]!.bestScore ?? 0);
    }),
  );
});

test('full marks and half marks or more survive the trip; a code for everything is 14 characters', () => {
  const all = Object.fromEntries(catalogue.map((id) => [id, lesson({ completedAt: 'x', bestScore: 1 })]));
  const code = progressCode({ lessons: all });
  expect(code.replace(/-/g, '')).toHaveLength(14);
  const result = readProgressCode(code);
  expect(result.ok && result.finished.every((f) => f.bestScore === 1)).toBe(true);
  const half = readProgressCode(
    progressCode({ lessons: { 'fake-profiles': lesson({ completedAt: 'x', bestScore: 0.6 }) } }),
  );
  expect(half).toEqual({ ok: true, finished: [{ lessonId: 'fake-profiles', bestScore: 0.5 }] });
});

test('any one mistyped character, or two neighbours swapped, is caught and never read as other progress', () => {
  fc.assert(
    fc.property(progress, fc.nat(), fc.nat(31), fc.boolean(), (state, at, shift, swap) => {
      const chars = [...progressCode(state).replace(/-/g, '')];
      const i = at % chars.length;
      if (swap) {
        const j = (i + 1) % chars.length;
        if (chars[i] === chars[j]) return;
        [chars[i], chars[j]] = [chars[j]!, chars[i]!];
      } else {
        chars[i] = CODE_ALPHABET[(CODE_ALPHABET.indexOf(chars[i]!) + 1 + shift) % 32]!;
        if (shift === 31) return; // a full turn: the same character
      }
      const result = readProgressCode(chars.join(''));
      expect(result.ok).toBe(false);
    }),
  );
});

test('typing is forgiving: lower case, spaces, and O, I or L for 0 and 1', () => {
  const state = { lessons: { 'trusted-adults': lesson({ completedAt: 'x', bestScore: 1 }) } };
  const code = progressCode(state);
  const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
  expect(readProgressCode(sloppy)).toEqual(readProgressCode(code));
});

test.each([
  ['', 'empty'],
  ['   ', 'empty'],
  ['hello there', 'not-a-code'],
  ['2', 'not-a-code'],
  ['2ABC-DEF', 'not-a-code'],
])('"%s" is refused as %s', (typed, problem) => {
  expect(readProgressCode(typed)).toEqual({ ok: false, problem });
});

test('every lesson has its place in the newest code, and the first version never changes', async () => {
  for (const { id } of ALL_LESSONS)
    expect(catalogue, `${id}: add it to a new version of CODE_CATALOGUES`).toContain(id);
  const frozen = (await import('../fixtures/progress/code-catalogue-v1.json')).default;
  expect(CODE_CATALOGUES[0]).toEqual(frozen);
});

test('typing a code only adds: finished lessons stay finished and best scores never go down', () => {
  fc.assert(
    fc.property(progress, progress, (here, there) => {
      useProgressStore.setState({ lessons: here.lessons });
      const result = readProgressCode(progressCode(there));
      if (!result.ok) throw new Error(result.problem);
      useProgressStore.getState().addFinished(result.finished);
      const after = useProgressStore.getState().lessons;
      for (const [id, before] of Object.entries(here.lessons)) {
        expect(after[id]!.steps).toEqual(before.steps);
        if (before.completedAt) expect(after[id]!.completedAt).toBe(before.completedAt);
        expect(after[id]!.bestScore ?? 0).toBeGreaterThanOrEqual(before.bestScore ?? 0);
      }
      for (const { lessonId } of result.finished) expect(after[lessonId]!.completedAt).toBeTruthy();
    }),
  );
});

test('a child copies the code on one device and types it on another, confirming before anything changes', async () => {
  const otherDevice = { 'fake-profiles': lesson({ completedAt: '2026-05-01T10:00:00.000Z', bestScore: 1 }) };
  const code = progressCode({ lessons: otherDevice });
  useProgressStore.setState({ lessons: { 'trusted-adults': lesson() }, nickname: undefined });
  const user = userEvent.setup();
  await renderApp('/settings');
  expect(
    await screen.findByText(progressCode({ lessons: { 'trusted-adults': lesson() } })),
  ).toBeInTheDocument();

  const field = screen.getByLabelText('Type a progress code from another device');
  await user.type(field, code.toLowerCase());
  await user.click(screen.getByRole('button', { name: 'Use this code' }));
  expect(
    await screen.findByText(/This code shows 1 finished lesson\. Add it to this device\?/),
  ).toBeInTheDocument();
  expect(useProgressStore.getState().lessons['fake-profiles']).toBeUndefined();
  // The answer that changes nothing takes focus, so a stray Enter is safe.
  expect(screen.getByRole('button', { name: 'No, keep what is here' })).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Yes, add them' }));
  expect(useProgressStore.getState().lessons['fake-profiles']).toMatchObject({ bestScore: 1 });
  expect(useProgressStore.getState().lessons['trusted-adults']).toEqual(lesson());
  expect(screen.getByText('Done. The finished lessons are on this device now.')).toBeInTheDocument();
  // The code on screen now includes the lesson just added.
  expect(screen.getByText(progressCode(useProgressStore.getState()))).toBeInTheDocument();
});

test('a mistyped code is explained and changes nothing', async () => {
  useProgressStore.setState({ lessons: {}, nickname: undefined });
  const code = progressCode({ lessons: { 'fake-profiles': lesson({ completedAt: 'x', bestScore: 1 }) } });
  const wrong = code.slice(0, 2) + (code[2] === '7' ? '8' : '7') + code.slice(3);
  const user = userEvent.setup();
  await renderApp('/settings');
  await user.type(await screen.findByLabelText('Type a progress code from another device'), wrong);
  await user.click(screen.getByRole('button', { name: 'Use this code' }));
  expect(
    await screen.findByText(
      'A letter or number in that code looks wrong. Check it carefully and try again. Nothing was changed.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(useProgressStore.getState().lessons).toEqual({});
});

test('a sound code from a newer version is recognised as newer, not as a typing mistake', () => {
  // Version 2 with one lesson finished, and its check characters, built the way a newer app would.
  const current = progressCode({ lessons: {} }).replace(/-/g, '');
  const newer = (CODE_CATALOGUES.length + 1) << 1;
  const body = [newer, ...[...current.slice(1, -2)].map((c) => CODE_ALPHABET.indexOf(c))];
  const check = body.reduce((sum, v, i) => (sum + v * (i + 1) + v * v * 7) % 1021, 0);
  const code = [...body, Math.floor(check / 32), check % 32].map((v) => CODE_ALPHABET[v]).join('');
  expect(readProgressCode(code)).toEqual({ ok: false, problem: 'newer' });
});
