import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { detectLanguage } from '../../src/features/i18n/i18n';
import { useProgressStore } from '../../src/features/progress/progress-store';
import { useSettingsStore } from '../../src/features/settings/settings-store';
import { renderApp } from '../helpers/render';

beforeEach(() => {
  useProgressStore.setState({ lessons: {}, nickname: undefined });
  useSettingsStore.getState().resetSettings();
});

test('a child picks their age on the home page and sees their lessons as a path', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  await user.click(await screen.findByRole('link', { name: /ages 8 to 10/i }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Your lessons: Ages 8 to 10' }),
  ).toBeInTheDocument();
  const path = screen.getAllByRole('list').find((l) => l.classList.contains('band-map__path'))!;
  expect(within(path).getAllByRole('listitem')).toHaveLength(6);
  expect(within(path).getAllByRole('link', { name: /^Start: / })).toHaveLength(6);
  expect(useSettingsStore.getState().band).toBe('8-10');
});

test('"Get help" is in the header of every screen and opens the help page with numbers to call', async () => {
  const user = userEvent.setup();
  await renderApp('/classroom');
  await screen.findByRole('heading', { level: 1, name: /teachers/i });
  await user.click(screen.getByRole('link', { name: 'Get help' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Get help' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  expect(screen.getByRole('link', { name: 'Call 0800 1111' })).toHaveAttribute('href', 'tel:08001111');
});

test("changing the help country shows that country's services, and the choice is kept", async () => {
  const user = userEvent.setup();
  await renderApp('/help');
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Show help for' }), 'Australia');
  expect(screen.getByRole('link', { name: 'Call 000' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Kids Helpline' })).toBeInTheDocument();
  expect(useSettingsStore.getState().country).toBe('AU');
});

test('a lesson opened by a deep link resumes where the child left off', async () => {
  useProgressStore.setState({
    lessons: {
      'who-is-really-there': { revision: 1, currentStepId: 'nope-gone', visited: [], steps: {} },
    },
  });
  await renderApp('/learn/8-10/who-is-really-there');
  // An unknown saved step falls back to the first step rather than breaking the lesson.
  expect(await screen.findByRole('progressbar', { name: 'Lesson progress' })).toHaveAttribute(
    'aria-valuenow',
    '1',
  );
  // The step's words may still be arriving when the bar shows: wait for the step, not a moment.
  await waitFor(() => expect(screen.getByRole('button', { name: /next/i })).toBeEnabled());
});

test('an unknown page says so and offers the way home', async () => {
  await renderApp('/nowhere');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'We could not find that page.' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the home page' })).toBeInTheDocument();
});

test('forget me deletes everything after a confirmation, and "no" keeps it', async () => {
  const user = userEvent.setup();
  useProgressStore.setState({
    lessons: { x: { revision: 1, currentStepId: 'a', visited: ['a'], steps: {} } },
  });
  await renderApp('/settings');
  await user.click(await screen.findByRole('button', { name: 'Forget me' }));
  expect(screen.getByRole('button', { name: 'No, keep it' })).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'No, keep it' }));
  expect(useProgressStore.getState().lessons).not.toEqual({});
  await user.click(screen.getByRole('button', { name: 'Forget me' }));
  await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
  expect(useProgressStore.getState().lessons).toEqual({});
  expect(screen.getByText('Everything saved on this device has been deleted.')).toBeInTheDocument();
});

describe('the language', () => {
  test('is the saved choice, else the browser language we speak, else English', () => {
    expect(detectLanguage(undefined, ['xx-YY', 'en-US'])).toBe('en');
    expect(detectLanguage(undefined, ['xx'])).toBe('en');
    expect(detectLanguage('en', ['xx'])).toBe('en');
  });

  test('sets <html lang> and dir', async () => {
    const { i18n } = await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(i18n.dir()).toBe('ltr');
  });
});

test("numbers in sentences are written the language's way, through Intl", async () => {
  const { i18n } = await renderApp('/');
  await screen.findByRole('heading', { level: 1 });
  expect(i18n.t('map.progress', { done: 1200, total: 3 })).toBe('1,200 of 3 lessons finished');
  expect(i18n.getFixedT('de')('map.progress', { done: 1200, total: 3 })).toMatch(/^1\.200\b/);
});
