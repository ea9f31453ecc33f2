import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { QuickExit } from '../features/help/quick-exit';
import { LanguagePicker } from '../features/i18n/language-picker';
import { UpdatePrompt } from '../features/offline/update-prompt';
import { StorageNotice } from '../features/settings/storage-notice';

/** The frame of every screen: skip link, header with "Get help" always in reach, the page, a privacy line. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // After the first screen, each navigation moves focus to the new page's heading.
    if (first.current) first.current = false;
    else document.body.dataset.navigated = 'true';
  }, [location.pathname]);

  const showQuickExit = /^\/(help|learn\/[^/]+\/[^/]+)/.test(location.pathname);
  const presenting = /\/present(er)?$/.test(location.pathname);

  return (
    <div className={presenting ? 'layout layout--present' : 'layout'}>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="site-header__brand">
          <img src="./favicon.svg" alt="" width="32" height="32" />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="site-header__nav">
          <NavLink to="/classroom">{t('nav.classroom')}</NavLink>
          <NavLink to="/parents">{t('nav.parents')}</NavLink>
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
        </nav>
        <div className="site-header__tools">
          <LanguagePicker />
          <Link to="/help" className="button button--help">
            {t('nav.getHelp')}
          </Link>
          {showQuickExit ? <QuickExit /> : null}
        </div>
      </header>
      <StorageNotice />
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.privacy')}</p>
      </footer>
    </div>
  );
}

function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  // The hash is the router's: move focus without changing the URL.
  event.preventDefault();
  document.getElementById('main')?.focus();
}
