import { useTranslation } from 'react-i18next';

/**
 * For a child who may be watched: replaces this page with a neutral one in the same tab and
 * removes it from the back button's reach. The neutral page is ours, so nothing is contacted.
 */
export function QuickExit() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--quiet quick-exit"
      title={t('nav.quickExitHint')}
      onClick={leave}
    >
      {t('nav.quickExit')}
    </button>
  );
}

export function leave() {
  window.location.replace(new URL('./neutral.html', document.baseURI).href);
}
