import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { progressFile, readProgressFile } from '../../src/features/progress/progress-file';
import { useProgressStore } from '../../src/features/progress/progress-store';
import { renderApp } from '../helpers/render';

const here = { 'on-this-device': { revision: 1, currentStepId: 'a', visited: ['a'], steps: {} } };
const other = {
  'from-the-other-device': {
    revision: 1,
    currentStepId: 'b',
    visited: ['b'],
    steps: {},
    completedAt: '2026-05-01T10:00:00.000Z',
    bestScore: 1,
  },
};
const file = (text: string) => new File([text], 'progress.json', { type: 'application/json' });

beforeEach(() => useProgressStore.setState({ lessons: here, nickname: undefined }));

test('a progress file from another device replaces this one only after the child confirms', async () => {
  const user = userEvent.setup();
  await renderApp('/settings');
  await user.upload(
    await screen.findByLabelText('Open a progress file'),
    file(progressFile({ lessons: other }).text),
  );
  expect(await screen.findByText(/This file has 1 lesson \(1 finished\)/)).toBeInTheDocument();
  expect(useProgressStore.getState().lessons).toEqual(here);
  await user.click(screen.getByRole('button', { name: 'Yes, replace it' }));
  expect(useProgressStore.getState().lessons).toEqual(other);
  expect(screen.getByText('Your progress has been loaded.')).toBeInTheDocument();
});

test.each([
  [
    'not a progress file',
    '{"hello": "world"}',
    'That is not a Spot the Signs progress file. Nothing was changed.',
  ],
  [
    'a damaged file',
    progressFile({ lessons: other }).text.replace('"currentStepId": "b"', '"currentStepId": 7'),
    'That progress file is damaged, so we did not use it. Nothing was changed.',
  ],
  [
    'a file from a newer app',
    progressFile({ lessons: other }).text.replace('"version": 1', '"version": 9'),
    /newer version of Spot the Signs/,
  ],
  ['not JSON at all', 'PK\u0003\u0004 binary', /could not be read/],
])('%s is refused with a clear message and changes nothing', async (_name, text, message) => {
  const user = userEvent.setup();
  await renderApp('/settings');
  await user.upload(await screen.findByLabelText('Open a progress file'), file(text));
  expect(await screen.findByText(message)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Yes, replace it' })).not.toBeInTheDocument();
  expect(useProgressStore.getState().lessons).toEqual(here);
});

test('a file over the size limit is refused before it is parsed', () => {
  expect(readProgressFile(' '.repeat(600 * 1024))).toEqual({ ok: false, problem: 'too-big' });
});
