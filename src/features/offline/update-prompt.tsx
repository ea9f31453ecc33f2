import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '../../shared/ui/button';
import { Notice } from '../../shared/ui/notice';

/** Registers the service worker and offers a new version when one is ready, never in the middle of a lesson. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const inLesson = /^\/learn\/[^/]+\/(?!certificate)[^/]+/.test(pathname);
  if (!needRefresh || inLesson) return null;
  return (
    <div className="storage-notice">
      <Notice
        actions={
          <>
            <Button variant="primary" onClick={() => void updateServiceWorker(true)}>
              {t('update.now')}
            </Button>
            <Button onClick={() => setNeedRefresh(false)}>{t('update.later')}</Button>
          </>
        }
      >
        {t('update.ready')}
      </Notice>
    </div>
  );
}
