import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { Button } from '../shared/ui/button';

/** A friendly recovery screen for any error in a route: what happened, that progress is safe, two ways on. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <div className="route-error" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.text')}</p>
      <p className="route-error__actions">
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('errors.retry')}
        </Button>
        <Link className="button button--secondary" to="/">
          {t('errors.home')}
        </Link>
        <Link className="button button--help" to="/help">
          {t('nav.getHelp')}
        </Link>
      </p>
    </div>
  );
}
