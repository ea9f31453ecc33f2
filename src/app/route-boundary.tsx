import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LessonNotFoundError } from '../shared/content/load-lesson';
import { Button } from '../shared/ui/button';

type State = { error: unknown };

/**
 * Catches any error in a screen and shows a friendly recovery: what happened, that progress is
 * safe, a retry, and the ways home and to help. The layout keys it by location, so moving to
 * another screen starts clean.
 */
export class RouteBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown) {
    if (import.meta.env.DEV) console.error(error);
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    return <RouteError error={this.state.error} onRetry={() => this.setState({ error: undefined })} />;
  }
}

export function RouteError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const missing = error instanceof LessonNotFoundError;
  // A chunk that failed to download (patchy school network) is the usual reason a screen fails.
  const network = error instanceof TypeError && /import|fetch|load/i.test(error.message);
  const title = missing ? t('errors.lessonMissing') : network ? t('errors.lessonLoad') : t('errors.title');
  return (
    <div className="route-error" role="alert">
      <h1>{title}</h1>
      <p>{t('errors.text')}</p>
      <p className="route-error__actions">
        {missing ? null : (
          <Button variant="primary" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
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
