import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LessonPlayer } from '../../src/features/lesson-player/lesson-player';
import { useProgressStore } from '../../src/features/progress/progress-store';
import { useSettingsStore } from '../../src/features/settings/settings-store';
import { answerSound, feedbackKeys, stepReadingKeys } from '../../src/features/lesson-player/step-reading';
import { narrator } from '../../src/shared/audio/narrator';
import type { Band } from '../../src/shared/content/content-constants';
import type { LanguageCode } from '../../src/shared/content/languages';
import { failingUrls, howls, playingNow, resetFakeHowler } from '../helpers/fake-howler';
import { renderWithProviders } from '../helpers/render';
import { sampleLesson, sampleWords } from '../fixtures/sample-lesson';

vi.mock('howler', async () => (await import('../helpers/fake-howler')).fakeHowlerModule);
const voices = vi.hoisted(() => ({ 'sample-lesson': ['en'], _ui: ['en'] }) as Record<string, string[]>);
vi.mock('virtual:narration-index', () => ({ NARRATION_INDEX: voices }));

const clipUrl = (key: string, language = 'en') => `audio/${language}/sample-lesson/${key}.mp3`;
const howlFor = (key: string, language = 'en') =>
  howls.find((h) => h.src[0]!.startsWith(`${clipUrl(key, language)}?v=`));
const nothingMore = () => act(() => new Promise((r) => setTimeout(r, 20)));

async function renderPlayer({
  band = '8-10',
  startAt,
  language = 'en',
}: { band?: Band; startAt?: string; language?: LanguageCode } = {}) {
  if (startAt) {
    useProgressStore.getState().openLesson(sampleLesson);
    useProgressStore.getState().goToStep(sampleLesson.id, startAt);
  }
  const view = await renderWithProviders(<LessonPlayer lesson={sampleLesson} band={band} />, { language });
  view.i18n.addResourceBundle('en', 'lessons/sample-lesson', sampleWords);
  await screen.findByRole('heading', { level: 2 });
  return view;
}

beforeEach(() => {
  resetFakeHowler();
  voices['sample-lesson'] = ['en'];
  voices._ui = ['en'];
  useProgressStore.setState({ lessons: {}, nickname: undefined });
  useSettingsStore.getState().resetSettings();
  useSettingsStore.setState({ motion: 'reduce' });
});
afterEach(() => narrator.release());

// First in the file: the page has not been touched yet, so nothing may sound by itself.
test('for 4-7 each step is read when it opens, but only once the child has touched the page', async () => {
  const user = userEvent.setup();
  await renderPlayer({ band: '4-7' });
  await nothingMore();
  expect(playingNow()).toHaveLength(0);
  expect(howlFor('steps.meet.title')?.plays ?? 0).toBe(0);

  await user.click(screen.getByRole('button', { name: /^Next/ }));
  await screen.findByRole('heading', { level: 2, name: 'A chat in the game' });
  await vi.waitFor(() => expect(howlFor('steps.game-chat.title')?.playing.size).toBe(1));
  expect(screen.getByRole('heading', { level: 2, name: 'A chat in the game' })).toHaveClass('is-reading');
  // The next step's first words are fetched ahead.
  expect(howlFor('steps.what-now.title')).toBeDefined();
});

test('"Read aloud" reads the title and then each panel, outlining the words being read', async () => {
  const user = userEvent.setup();
  await renderPlayer();
  expect(howls).toHaveLength(0);
  await user.click(screen.getByRole('button', { name: 'Read aloud' }));

  await vi.waitFor(() => expect(howlFor('steps.meet.title')?.playing.size).toBe(1));
  expect(screen.getByRole('heading', { level: 2, name: 'Meet Ravi' })).toHaveClass('is-reading');
  expect(screen.getByRole('button', { name: 'Stop reading' })).toBeInTheDocument();

  act(() => howlFor('steps.meet.title')!.finish());
  await vi.waitFor(() => expect(howlFor('steps.meet.p1.text')?.playing.size).toBe(1));
  expect(screen.getByText('Ravi loves building games.')).toHaveClass('is-reading');
  expect(screen.getByRole('heading', { level: 2, name: 'Meet Ravi' })).not.toHaveClass('is-reading');
  expect(playingNow()).toHaveLength(1);

  act(() => howlFor('steps.meet.p1.text')!.finish());
  await screen.findByRole('button', { name: 'Read aloud' });
  expect(screen.getByText('Ravi loves building games.')).not.toHaveClass('is-reading');
});

test('a small speaker reads one option, and a new press replaces what was being read', async () => {
  const user = userEvent.setup();
  await renderPlayer({ startAt: 'what-now' });
  await user.click(screen.getByRole('button', { name: 'Read aloud' }));
  await vi.waitFor(() => expect(howlFor('steps.what-now.title')?.playing.size).toBe(1));
  await user.click(screen.getByRole('button', { name: 'Read aloud: Keep it quiet' }));
  await vi.waitFor(() => expect(howlFor('steps.what-now.quiet.label')?.playing.size).toBe(1));
  expect(playingNow()).toHaveLength(1);
  expect(screen.getByRole('button', { name: 'Keep it quiet' })).toHaveClass('is-reading');
});

test('moving to the next step stops the reading', async () => {
  const user = userEvent.setup();
  await renderPlayer();
  await user.click(screen.getByRole('button', { name: 'Read aloud' }));
  await vi.waitFor(() => expect(playingNow()).toHaveLength(1));
  await user.click(screen.getByRole('button', { name: /^Next/ }));
  await screen.findByRole('heading', { level: 2, name: 'A chat in the game' });
  expect(playingNow()).toHaveLength(0);
  expect(narrator.getState().status).toBe('idle');
});

test('leaving the lesson stops the reading', async () => {
  const user = userEvent.setup();
  const { unmount } = await renderPlayer();
  await user.click(screen.getByRole('button', { name: 'Read aloud' }));
  await vi.waitFor(() => expect(playingNow()).toHaveLength(1));
  unmount();
  expect(playingNow()).toHaveLength(0);
});

test('a clip that cannot be fetched says so calmly, and the words stay on screen', async () => {
  const user = userEvent.setup();
  failingUrls.add(clipUrl('steps.meet.title'));
  await renderPlayer();
  await user.click(screen.getByRole('button', { name: 'Read aloud' }));
  expect(
    await screen.findByText('The voice could not play just now. The words are all still here.'),
  ).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Meet Ravi' })).not.toHaveClass('is-reading');
  expect(screen.getByText('Ravi loves building games.')).toBeVisible();
  expect(screen.getByRole('button', { name: 'Read aloud' })).toBeEnabled();
});

test('"never" reads nothing by itself, and narration off removes the read-aloud buttons', async () => {
  useSettingsStore.setState({ autoRead: 'never' });
  const user = userEvent.setup();
  await renderPlayer({ band: '4-7' });
  await user.click(screen.getByRole('button', { name: /^Next/ }));
  await screen.findByRole('heading', { level: 2, name: 'A chat in the game' });
  await nothingMore();
  expect(howls).toHaveLength(0);

  act(() => useSettingsStore.setState({ narration: false }));
  expect(screen.queryByRole('button', { name: 'Read aloud' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Read aloud: / })).not.toBeInTheDocument();
});

test('"always" reads each step for older children too', async () => {
  useSettingsStore.setState({ autoRead: 'always' });
  const user = userEvent.setup();
  await renderPlayer({ band: '14-17' });
  await user.click(screen.getByRole('button', { name: /^Next/ }));
  await vi.waitFor(() => expect(howlFor('steps.game-chat.title')?.playing.size).toBe(1));
});

test('a lesson with no voice in the language on screen offers no read-aloud button at all', async () => {
  voices['sample-lesson'] = ['de'];
  await renderPlayer({ band: '4-7' });
  expect(screen.queryByRole('button', { name: 'Read aloud' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Read aloud: / })).not.toBeInTheDocument();
});

test('where a translation lacks the lesson, the English words are read by the English clip', async () => {
  const user = userEvent.setup();
  await renderPlayer({ language: 'fr' });
  await user.click(await screen.findByRole('button', { name: 'Lire à voix haute' }));
  await vi.waitFor(() => expect(howlFor('steps.meet.title', 'en')?.playing.size).toBe(1));
  expect(howls.some((h) => h.src[0]!.startsWith('audio/fr/'))).toBe(false);
});

test('a safe choice sounds right; with sounds turned off, nothing plays', async () => {
  const user = userEvent.setup();
  await renderPlayer({ startAt: 'what-now' });
  await user.click(screen.getByRole('button', { name: 'Tell his dad' }));
  await vi.waitFor(() => expect(howls.find((h) => h.src[0] === 'audio/sfx/correct.mp3')?.plays).toBe(1));

  act(() => useSettingsStore.setState({ sounds: false }));
  await user.click(screen.getByRole('button', { name: 'Keep it quiet' }));
  await nothingMore();
  expect(howls.some((h) => h.src[0] === 'audio/sfx/try-again.mp3')).toBe(false);
});

test('each answer has its sound: right or safe, think again, or red flags found', () => {
  const step = (id: string) => sampleLesson.steps.find((s) => s.id === id)!;
  const quiz = (optionIds: string[]) => ({ done: true, answer: { kind: 'quiz' as const, optionIds } });
  expect(answerSound(step('secret-quiz'), quiz(['b']))).toBe('correct');
  expect(answerSound(step('secret-quiz'), quiz(['a']))).toBe('try-again');
  const chat = (points: number) => ({ done: true, points, answer: { kind: 'chat' as const, flagged: [] } });
  expect(answerSound(step('game-chat'), chat(1))).toBe('red-flag');
  expect(answerSound(step('game-chat'), chat(0))).toBe('try-again');
  const choice = (optionId: string) => ({ done: true, answer: { kind: 'choice' as const, optionId } });
  expect(answerSound(step('what-now'), choice('tell'))).toBe('correct');
  expect(answerSound(step('what-now'), choice('quiet'))).toBe('try-again');
});

test('"Read aloud" on a step reads its words in screen order, then the feedback showing', () => {
  const choice = sampleLesson.steps.find((s) => s.id === 'what-now')!;
  expect(stepReadingKeys(choice, undefined)).toEqual([
    'steps.what-now.title',
    'steps.what-now.prompt',
    'steps.what-now.tell.label',
    'steps.what-now.quiet.label',
  ]);
  expect(stepReadingKeys(choice, { done: true, answer: { kind: 'choice', optionId: 'tell' } }).at(-1)).toBe(
    'steps.what-now.tell.feedback',
  );
  // True and False are the player's words, read by the player's own clips.
  const tf = sampleLesson.steps.find((s) => s.id === 'tf')!;
  expect(stepReadingKeys(tf, undefined)).toEqual([
    'steps.tf.title',
    'steps.tf.question',
    'player:quiz.true',
    'player:quiz.false',
  ]);
  // Every lesson ends by asking who the child's trusted adults are, and where help is: heard too.
  const recap = sampleLesson.steps.find((s) => s.kind === 'recap')!;
  expect(stepReadingKeys(recap, undefined).slice(-2)).toEqual([
    'player:recap.trustedAdults',
    'player:recap.help',
  ]);
});

test('for 4-7 the feedback an answer shows is read after its chime; older bands hear it on request', async () => {
  const user = userEvent.setup();
  const view = await renderPlayer({ band: '4-7', startAt: 'what-now' });
  await user.click(screen.getByRole('button', { name: 'Keep it quiet' }));
  await screen.findByText('Keeping it quiet can feel easier, but a worrying secret is one to tell.');
  // The chime first, then the words that explain it.
  expect(howls.find((h) => h.src[0] === 'audio/sfx/try-again.mp3')?.plays).toBe(1);
  expect(howlFor('steps.what-now.quiet.feedback')?.playing.size ?? 0).toBe(0);
  await vi.waitFor(() => expect(howlFor('steps.what-now.quiet.feedback')?.playing.size).toBe(1));
  view.unmount();

  resetFakeHowler();
  useProgressStore.setState({ lessons: {} });
  await renderPlayer({ band: '8-10', startAt: 'what-now' });
  await user.click(screen.getByRole('button', { name: 'Tell his dad' }));
  await screen.findByText('Telling a trusted adult is the safest thing to do.');
  await act(() => new Promise((r) => setTimeout(r, 900)));
  expect(howlFor('steps.what-now.tell.feedback')).toBeUndefined();
});

test('moving on before the feedback starts means it is never read over the next step', async () => {
  const user = userEvent.setup();
  await renderPlayer({ band: '4-7', startAt: 'what-now' });
  await user.click(screen.getByRole('button', { name: 'Tell his dad' }));
  await user.click(screen.getByRole('button', { name: /^Next/ }));
  await screen.findByRole('heading', { level: 2, name: 'Dad helps' });
  await act(() => new Promise((r) => setTimeout(r, 900)));
  expect(howlFor('steps.what-now.tell.feedback')?.plays ?? 0).toBe(0);
  await vi.waitFor(() => expect(howlFor('steps.helped.title')?.playing.size).toBe(1));
});

test('the feedback read after an answer is what the answer put on screen', () => {
  const step = (id: string) => sampleLesson.steps.find((s) => s.id === id)!;
  expect(
    feedbackKeys(step('what-now'), { done: true, answer: { kind: 'choice', optionId: 'quiet' } }),
  ).toEqual(['steps.what-now.quiet.feedback']);
  const quiz = (optionIds: string[], done: boolean) => ({
    done,
    answer: { kind: 'quiz' as const, optionIds },
  });
  expect(feedbackKeys(step('secret-quiz'), quiz(['a'], false))).toEqual(['steps.secret-quiz.a.feedback']);
  expect(feedbackKeys(step('secret-quiz'), quiz(['b'], true))).toEqual([
    'steps.secret-quiz.b.feedback',
    'steps.secret-quiz.explanation',
  ]);
  const chat = step('game-chat');
  const flags =
    chat.kind === 'chat' ? chat.messages.filter((m) => m.flag).map((m) => `steps.game-chat.${m.id}.why`) : [];
  expect(flags.length).toBeGreaterThan(0);
  expect(feedbackKeys(chat, { done: true, answer: { kind: 'chat', flagged: [] } })).toEqual(flags);
});

test('a child who cannot read hears which button says True and which says False', async () => {
  const user = userEvent.setup();
  await renderPlayer({ band: '4-7', startAt: 'tf' });
  await user.click(screen.getByRole('button', { name: 'Read aloud: False' }));
  const clip = () => howls.find((h) => h.src[0]!.startsWith('audio/en/_ui/quiz.false.mp3?v='));
  await vi.waitFor(() => expect(clip()?.playing.size).toBe(1));
  // The word being read is outlined, like any other.
  const falseLabel = screen.getByText((_, el) => el?.tagName === 'LABEL' && el.textContent === 'False');
  expect(falseLabel).toHaveClass('is-reading');
});
