import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { useDocumentPreferences } from '../features/settings/use-document-preferences';
import { createAppRouter } from './router';

export type AppProps = { i18n: I18n; router?: ReturnType<typeof createAppRouter> };

/** The whole app: words, document preferences, and the routes. Tests pass a memory router. */
export function App({ i18n, router = createAppRouter() }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <Preferences />
      <RouterProvider router={router} />
    </I18nextProvider>
  );
}

function Preferences() {
  useDocumentPreferences();
  return null;
}
