import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { QuickExit } from '../features/help/quick-exit';
import { LanguagePicker } from '../features/i18n/language-picker';
import { UpdatePrompt } from '../features/offline/update-prompt';
import { StorageNotice } from '../features/settings/storage-notice';
import { RouteBoundary } from './route-boundary';
import { AppRoutes } from './router';

/** The frame of every screen: skip link, header with "Get help" always in reach, the page, a privacy line. */
export function AppLayout() {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // After the first screen, each navigation moves focus to the new page's heading.
    if (first.current) first.current = false;
    else document.body.dataset.navigated = 'true';
  }, [pathname]);

  const showQuickExit = /^\/(help|learn\/[^/]+\/[^/]+)/.test(pathname);
  const presenting = /\/present(er)?$/.test(pathname);

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
          <NavItem to="/classroom" current={pathname}>
            {t('nav.classroom')}
          </NavItem>
          <NavItem to="/parents" current={pathname}>
            {t('nav.parents')}
          </NavItem>
          <NavItem to="/settings" current={pathname}>
            {t('nav.settings')}
          </NavItem>
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
        <RouteBoundary key={pathname}>
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <AppRoutes />
          </Suspense>
        </RouteBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('app.privacy')}</p>
      </footer>
    </div>
  );
}

function NavItem({ to, current, children }: { to: string; current: string; children: React.ReactNode }) {
  const active = current === to || current.startsWith(`${to}/`);
  return (
    <Link to={to} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  // The hash is the router's: move focus without changing the URL.
  event.preventDefault();
  document.getElementById('main')?.focus();
}
