import { render, screen } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/app';
import { LessonScreen } from '../../src/app/router';
import { prefetchLesson } from '../../src/shared/content/use-lesson';
import { createTestI18n } from '../helpers/render';

// A file of its own: no other test may have opened the lesson screen first, as on a real first visit.
test('a deep-linked lesson fetched before the first render is on screen at once, never "Loading…"', async () => {
  // What main.tsx does for a link straight into a lesson, before it renders anything.
  const [i18n] = await Promise.all([
    createTestI18n('en', ['secrets-online']),
    LessonScreen.preload(),
    prefetchLesson('secrets-online'),
  ]);
  render(<App i18n={i18n} location={memoryLocation({ path: '/learn/8-10/secrets-online' }).hook} />);
  // No waiting: whatever is on screen now is what the first paint shows.
  expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: 'Lesson progress' })).toHaveAttribute('aria-valuenow', '1');
  expect(screen.getByRole('button', { name: /next/i })).toBeEnabled();
});
