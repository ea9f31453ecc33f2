import { useTranslation } from 'react-i18next';
import {
  isRouteErrorResponse,
  Link,
  useLoaderData,
  useRouteError,
  useSearchParams,
  type LoaderFunctionArgs,
} from 'react-router';
import { isBand } from '../../shared/content/content-constants';
import { LessonNotFoundError, loadLesson } from '../../shared/content/load-lesson';
import { LessonPlayer } from '../../features/lesson-player/lesson-player';
import { useProgressStore } from '../../features/progress/progress-store';

export async function loader({ params }: LoaderFunctionArgs) {
  const lesson = await loadLesson(params.lessonId ?? '');
  if (!isBand(params.band) || lesson.band !== params.band) throw new Response('Not found', { status: 404 });
  // Fit saved progress to the lesson as it is now, before anything renders.
  useProgressStore.getState().openLesson(lesson);
  return { lesson, band: params.band };
}

export function Component() {
  const { lesson, band } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  return <LessonPlayer key={lesson.id} lesson={lesson} band={band} family={search.get('family') === '1'} />;
}

export { LessonError as ErrorBoundary };

/** A lesson that fails to load offers a retry, never a blank screen; an unknown lesson says so. */
function LessonError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const missing = error instanceof LessonNotFoundError || isRouteErrorResponse(error);
  return (
    <div className="route-error" role="alert">
      <h1>{missing ? t('errors.lessonMissing') : t('errors.lessonLoad')}</h1>
      <p>{t('errors.text')}</p>
      <p className="route-error__actions">
        {missing ? null : (
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('errors.retry')}
          </button>
        )}
        <Link className="button button--secondary" to="/">
          {t('errors.home')}
        </Link>
      </p>
    </div>
  );
}
