import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { LessonScreen } from './app/router';
import { createI18n, detectLanguage, lessonNamespace, warmUpNumberFormat } from './features/i18n/i18n';
import { useSettingsStore } from './features/settings/settings-store';
import { watchFirstInteraction } from './shared/audio/first-interaction';
import { prefetchLesson } from './shared/content/use-lesson';
import './app/global.css';

/** On a network this slow, show the app and let the lesson screen finish loading (or offer a retry). */
const DEEP_LINK_WAIT_MS = 4000;

// From the very start: the tap that opens a lesson is what lets a 4-7 lesson read its first step aloud.
watchFirstInteraction();

// Opened straight into a lesson (a link, a reload, a resumed tab): fetch the player, the lesson and
// its words alongside the app's start-up, and render once they are here (index.html shows the logo
// meanwhile). The first paint is then the lesson itself, not a loading line that React would keep
// on screen for a further 300 ms. A load that fails is left to the lesson screen's own retry.
const deepLesson = lessonInLink(window.location.hash);
const deepLessonFiles = deepLesson ? [LessonScreen.preload(), prefetchLesson(deepLesson)] : [];

void start();

// Not top-level await: the screens import from the same file as this module, and a module that
// waits would make them wait for it while it waits for them.
async function start() {
  const language = detectLanguage(useSettingsStore.getState().language);
  const i18n = await createI18n(language);
  if (deepLesson) {
    warmUpNumberFormat(language);
    await settledWithin(DEEP_LINK_WAIT_MS, [
      ...deepLessonFiles,
      i18n.loadNamespaces([lessonNamespace(deepLesson), 'player']),
    ]);
  }

  const root = createRoot(document.getElementById('root')!);
  // As a transition the first render runs in slices of a few milliseconds, so a tap on a slow
  // Chromebook never waits behind the whole first screen.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App i18n={i18n} />
      </StrictMode>,
    ),
  );
}

function lessonInLink(hash: string): string | undefined {
  const id = hash.match(/^#\/learn\/[^/]+\/([a-z0-9-]+)/)?.[1];
  return id === 'certificate' ? undefined : id;
}

function settledWithin(ms: number, promises: readonly Promise<unknown>[]): Promise<unknown> {
  return Promise.race([Promise.allSettled(promises), new Promise((resolve) => setTimeout(resolve, ms))]);
}
