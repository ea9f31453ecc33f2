import { render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/app';
import { createI18n, lessonNamespace } from '../../src/features/i18n/i18n';
import type { LanguageCode } from '../../src/shared/content/languages';

/** Keys that were asked for but exist in no language: a test that shows one fails (see tests/setup.ts). */
export const missingKeys: string[] = [];

export async function createTestI18n(language: LanguageCode = 'en', lessonIds: string[] = []): Promise<I18n> {
  const i18n = await createI18n(language, (_languages, namespace, key) => {
    missingKeys.push(`${namespace}:${key}`);
  });
  await i18n.loadNamespaces([
    'player',
    'help',
    'classroom',
    'parents',
    'curriculum',
    ...lessonIds.map(lessonNamespace),
  ]);
  return i18n;
}

/** Renders a component with real English words and a router, as it appears inside the app. */
export async function renderWithProviders(
  ui: ReactElement,
  { lessonIds = [], language = 'en' }: { lessonIds?: string[]; language?: LanguageCode } = {},
): Promise<RenderResult & { i18n: I18n }> {
  const i18n = await createTestI18n(language, lessonIds);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <Router hook={memoryLocation({ path: '/' }).hook}>
        <Suspense fallback="loading">{ui}</Suspense>
      </Router>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}

/** Renders the whole app at a path, as a visitor arriving by a deep link. */
export async function renderApp(path = '/', language: LanguageCode = 'en') {
  const i18n = await createTestI18n(language);
  const location = memoryLocation({ path, record: true });
  return { ...render(<App i18n={i18n} location={location.hook} />), i18n, location };
}
