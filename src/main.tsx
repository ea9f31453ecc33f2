import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createI18n, detectLanguage } from './features/i18n/i18n';
import { followOtherTabs } from './features/progress/progress-store';
import { useSettingsStore } from './features/settings/settings-store';
import './app/global.css';

const language = detectLanguage(useSettingsStore.getState().language);
const i18n = await createI18n(language);
followOtherTabs();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
