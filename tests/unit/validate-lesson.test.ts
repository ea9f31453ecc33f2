import { validateLessonStructure, validateLessonWords } from '../../src/shared/content/validate-lesson';
import { sampleLesson, sampleLessonJson, sampleWords } from '../fixtures/sample-lesson';

const FILE = 'lessons/8-10/sample-lesson.json';
const clone = () => structuredClone(sampleLessonJson) as typeof sampleLessonJson & Record<string, unknown>;
const fields = (json: unknown) =>
  validateLessonStructure(FILE, json).problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);

describe('a lesson file', () => {
  test('that is well formed has no problems', () => {
    expect(
      validateLessonStructure(FILE, sampleLessonJson, { band: '8-10', id: 'sample-lesson' }).problems,
    ).toEqual([]);
  });

  test('with a branch to a missing step names the option', () => {
    const json = clone();
    (json.steps[2] as { options: { goto?: string }[] }).options[0]!.goto = 'nowhere';
    expect(fields(json)).toEqual([
      `${FILE}: steps[2].options[0].goto: "nowhere" is not a step of this lesson`,
    ]);
  });

  test('with an unreachable step names the step', () => {
    const json = clone();
    // The consequence step "worry" is reachable only from the risky option: point that option elsewhere.
    (json.steps[2] as { options: { goto?: string }[] }).options[1]!.goto = 'helped';
    expect(fields(json)).toContain(`${FILE}: steps[3]: step "worry" cannot be reached from the first step`);
  });

  test('with a loop that never reaches the recap says where', () => {
    const json = clone();
    (json.steps[4] as { next?: string }).next = 'worry';
    expect(fields(json).some((f) => f.includes('no path reaches the recap'))).toBe(true);
  });

  test('with a quiz with no right answer names the quiz', () => {
    const json = clone();
    for (const o of (json.steps[5] as { options: { correct: boolean }[] }).options) o.correct = false;
    expect(fields(json)).toEqual([`${FILE}: steps[5].options: a quiz needs a right answer (correct: true)`]);
  });

  test('with a chat with no red flag names the chat', () => {
    const json = clone();
    for (const m of (json.steps[1] as { messages: { flag?: unknown }[] }).messages) delete m.flag;
    expect(fields(json)).toEqual([`${FILE}: steps[1].messages: a chat needs at least one red flag (flag)`]);
  });

  test('with an unknown tactic names the field', () => {
    const json = clone();
    json.tactics = ['mind-control'] as never;
    expect(fields(json)[0]).toMatch(/^lessons\/8-10\/sample-lesson.json: tactics\[0\]: /);
  });

  test('with a reused or retired id names the step', () => {
    const json = clone();
    json.steps[4]!.id = 'meet';
    json.steps[5]!.id = 'old-step';
    const found = fields(json);
    expect(found).toContain(`${FILE}: steps[4].id: "meet" is used by an earlier step; ids are never reused`);
    expect(found).toContain(
      `${FILE}: steps[5].id: "old-step" is retired (retiredIds) and must not be reused`,
    );
  });

  test('in the wrong band folder says so', () => {
    const { problems } = validateLessonStructure(FILE.replace('8-10', '4-7'), sampleLessonJson, {
      band: '4-7',
    });
    expect(problems.map((p) => p.field)).toEqual(['band']);
  });

  test('with an unknown curriculum code names it', () => {
    const json = clone();
    json.curriculum = ['MADE-UP-1'];
    expect(fields(json)).toEqual([
      `${FILE}: curriculum[0]: "MADE-UP-1" is not in locales/en/curriculum.json; add it there with a summary first`,
    ]);
  });
});

describe("a lesson's words", () => {
  const WORDS = 'locales/en/lessons/sample-lesson.json';

  test('that are complete have no problems', () => {
    expect(validateLessonWords(WORDS, sampleLesson, sampleWords, { source: true })).toEqual([]);
  });

  test('missing an English string name the key', () => {
    const words = structuredClone(sampleWords);
    delete (words.steps['secret-quiz'].b as { feedback?: string }).feedback;
    expect(validateLessonWords(WORDS, sampleLesson, words, { source: true })).toEqual([
      { file: WORDS, field: 'steps.secret-quiz.b.feedback', message: 'missing English string' },
    ]);
  });

  test('with a word not allowed in the band are flagged', () => {
    const words = structuredClone(sampleWords);
    words.steps.meet.p1.text = 'He sent nudes.';
    const problems = validateLessonWords(WORDS, sampleLesson, words, { source: true });
    expect(problems.map((p) => p.field)).toEqual(['steps.meet.p1.text']);
    expect(problems[0]!.message).toMatch(/not used in the 8-10 band/);
  });

  test('with an orphan key are flagged', () => {
    const words = structuredClone(sampleWords) as typeof sampleWords & { steps: Record<string, unknown> };
    words.steps['gone'] = { title: 'Old' };
    expect(validateLessonWords(WORDS, sampleLesson, words, { source: true })[0]!.field).toBe(
      'steps.gone.title',
    );
  });
});
