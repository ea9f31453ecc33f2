import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useLessonWords } from '../../src/features/i18n/use-lesson-words';
import { StepView } from '../../src/features/lesson-player/step-view';
import type { StepRecord } from '../../src/features/progress/saved-progress';
import { useSettingsStore } from '../../src/features/settings/settings-store';
import type { Step } from '../../src/shared/content/lesson-schema';
import { renderWithProviders } from '../helpers/render';
import { sampleLesson, sampleWords } from '../fixtures/sample-lesson';

const step = (id: string) => sampleLesson.steps.find((s) => s.id === id)!;

/** Plays one step as the player does, keeping the record it saves. */
function Harness({ step, onRecord }: { step: Step; onRecord?: (r: StepRecord) => void }) {
  const words = useLessonWords('sample-lesson');
  const [record, setRecord] = useState<StepRecord | undefined>();
  const [note, setNote] = useState<string | undefined>();
  return (
    <StepView
      step={step}
      words={words}
      record={record}
      onAnswer={(r) => {
        setRecord(r);
        onRecord?.(r);
      }}
      note={note}
      onSaveNote={setNote}
      takeFocus={false}
    />
  );
}

async function renderStep(id: string, onRecord?: (r: StepRecord) => void) {
  const { i18n } = await renderWithProviders(<Harness step={step(id)} onRecord={onRecord} />);
  i18n.addResourceBundle('en', 'lessons/sample-lesson', sampleWords);
  await screen.findByRole('heading', { level: 2 });
}

beforeEach(() => useSettingsStore.setState({ motion: 'reduce' }));

describe('a chat step', () => {
  test('spotting the secrecy request reveals why it is a red flag, and fine messages are confirmed as fine', async () => {
    const user = userEvent.setup();
    const records: StepRecord[] = [];
    await renderStep('game-chat', (r) => records.push(r));

    await user.click(
      screen.getByRole('button', { name: /mark as worrying: knightrider: don't tell your mum/i }),
    );
    await user.click(screen.getByRole('button', { name: /mark as worrying: knightrider: nice castle/i }));
    await user.click(screen.getByRole('button', { name: 'Check my flags' }));

    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('You spotted'))!;
    expect(status).toHaveTextContent('You spotted 1 of 2 red flags.');
    expect(status).toHaveTextContent('You marked 1 message that was fine.');
    expect(screen.getByText('Red flag spotted: Secrets')).toBeInTheDocument();
    expect(
      screen.getByText('Asking you to keep a secret from your family is a warning sign.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Red flag to notice: Gifts with strings')).toBeInTheDocument();
    expect(screen.getByText('This one was fine')).toBeInTheDocument();
    expect(records.at(-1)).toMatchObject({ done: true, points: 1, maxPoints: 2 });
  });

  test('messages arrive one at a time, and "show all" reveals the rest', async () => {
    useSettingsStore.setState({ motion: 'full' });
    const user = userEvent.setup();
    await renderStep('game-chat');
    const log = screen.getByRole('log', { name: 'Chat messages' });
    expect(within(log).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Check my flags' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Show all messages' }));
    expect(within(log).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Check my flags' })).toBeEnabled();
  });
});

describe('a choice step', () => {
  test('each option gets kind feedback, the risky one too', async () => {
    const user = userEvent.setup();
    await renderStep('what-now');
    await user.click(screen.getByRole('button', { name: 'Keep it quiet' }));
    expect(screen.getByText("Let's think again")).toBeInTheDocument();
    expect(screen.getByText(/a worrying secret is one to tell/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tell his dad' }));
    expect(screen.getByRole('button', { name: 'Tell his dad' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('A safe choice')).toBeInTheDocument();
  });
});

describe('a quiz step', () => {
  test('a wrong answer explains why, allows a second try, then shows the explanation', async () => {
    const user = userEvent.setup();
    const records: StepRecord[] = [];
    await renderStep('secret-quiz', (r) => records.push(r));
    await user.click(screen.getByRole('radio', { name: 'A surprise party' }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByText(/Not quite: a surprise is fun/)).toBeInTheDocument();
    expect(records.at(-1)).toMatchObject({ done: false, attempts: 1 });

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('radio', { name: 'A secret that worries you' }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(await screen.findByText('Yes, you got there.')).toBeInTheDocument();
    expect(screen.getByText('A secret that worries you is always one to tell.')).toBeInTheDocument();
    // Every option's feedback is shown once the quiz is finished.
    expect(screen.getByText(/Not quite: that is not a secret that matters/)).toBeInTheDocument();
    expect(records.at(-1)).toMatchObject({ done: true, points: 0, attempts: 2 });
  });

  test('a right first answer scores a point', async () => {
    const user = userEvent.setup();
    const records: StepRecord[] = [];
    await renderStep('tf', (r) => records.push(r));
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(await screen.findByText("Yes, that's right.")).toBeInTheDocument();
    expect(records.at(-1)).toMatchObject({ done: true, points: 1, maxPoints: 1 });
  });

  test('checking with nothing chosen asks for an answer', async () => {
    const user = userEvent.setup();
    await renderStep('tf');
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByText('Choose an answer first.')).toBeInTheDocument();
  });
});

describe('a sort step', () => {
  test('cards are sorted by tapping buttons, and each card explains where it belongs', async () => {
    const user = userEvent.setup();
    const records: StepRecord[] = [];
    await renderStep('sorting', (r) => records.push(r));
    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(screen.getByText('Put every card in a box first.')).toBeInTheDocument();

    const card = (name: string) => screen.getByRole('group', { name });
    await user.click(within(card('Want some tips?')).getByRole('button', { name: 'Put in “OK”' }));
    await user.click(within(card('Keep this secret')).getByRole('button', { name: 'Put in “Not OK”' }));
    await user.click(within(card('Send me a photo')).getByRole('button', { name: 'Put in “OK”' }));
    const okBox = screen.getByRole('region', { name: 'OK' });
    expect(within(okBox).getByText('Want some tips?')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check my sorting' }));
    expect(screen.getByText('2 of 3 cards in the right box.')).toBeInTheDocument();
    expect(screen.getByText('Belongs in “Not OK”')).toBeInTheDocument();
    expect(screen.getByText('Asking for photos is not OK.')).toBeInTheDocument();
    expect(records.at(-1)).toMatchObject({ done: true, points: 2, maxPoints: 3 });
  });
});

describe('a reflect step', () => {
  test('a note is kept only when the child chooses to save it', async () => {
    const user = userEvent.setup();
    await renderStep('think');
    const note = screen.getByRole('textbox', { name: 'My private note (optional)' });
    expect(screen.getByRole('button', { name: 'Keep my note on this device' })).toBeDisabled();
    await user.type(note, 'My gran and my teacher');
    await user.click(screen.getByRole('button', { name: 'Keep my note on this device' }));
    expect(screen.getByText('Your note is kept on this device.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete my note' })).toBeInTheDocument();
  });
});

describe('a recap step', () => {
  test('ends with the key messages and a way to get help', async () => {
    await renderStep('recap');
    expect(screen.getByText('It is never your fault.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See who can help' })).toHaveAttribute('href', '/help');
  });
});

describe('a story step', () => {
  test('shows the picture with its description and the text', async () => {
    await renderStep('meet');
    expect(screen.getByRole('img', { name: 'Ravi on his bed with a tablet.' })).toBeInTheDocument();
    expect(screen.getByText('Ravi loves building games.')).toBeInTheDocument();
  });
});
