import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createI18n, detectLanguage, lessonNamespace } from './features/i18n/i18n';
import { useSettingsStore } from './features/settings/settings-store';
import { watchFirstInteraction } from './shared/audio/first-interaction';
import './app/global.css';

// From the very start: the tap that opens a lesson is what lets a 4-7 lesson read its first step aloud.
watchFirstInteraction();

// Opened straight into a lesson (a link, a reload, a resumed tab): fetch the player, the lesson and
// its words alongside the app's start-up instead of one after the other.
const deepLesson = window.location.hash.match(/^#\/learn\/[^/]+\/([a-z0-9-]+)/)?.[1];
if (deepLesson && deepLesson !== 'certificate') {
  void import('./app/routes/lesson-route');
  void import('./shared/content/use-lesson').then(({ prefetchLesson }) =>
    prefetchLesson(deepLesson).catch(() => {}),
  );
}

const language = detectLanguage(useSettingsStore.getState().language);
const i18n = await createI18n(language);
if (deepLesson) void i18n.loadNamespaces([lessonNamespace(deepLesson), 'player']);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
