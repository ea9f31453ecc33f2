import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Router, type BaseLocationHook } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useDocumentPreferences } from '../features/settings/use-document-preferences';
import { AppLayout } from './app-layout';

export type AppProps = { i18n: I18n; location?: BaseLocationHook };

/** The whole app: words, document preferences, and the routes. Tests pass a memory location. */
export function App({ i18n, location = useHashLocation }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <Preferences />
      <Router hook={location}>
        <AppLayout />
      </Router>
    </I18nextProvider>
  );
}

function Preferences() {
  useDocumentPreferences();
  return null;
}
