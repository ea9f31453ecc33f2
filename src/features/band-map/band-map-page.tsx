import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { lessonsOfBand } from '../../shared/content/lesson-index';
import type { Band } from '../../shared/content/content-constants';
import { PageHeading } from '../../shared/ui/page-heading';
import { useLessonsWords } from '../i18n/use-lesson-words';
import { BadgeIcon } from '../illustrations/badge-icon';
import { BandOffline } from '../offline/band-offline';
import { useProgressStore } from '../progress/progress-store';

export type BandMapPageProps = { band: Band };

type Status = 'new' | 'started' | 'done';

/** The band's lessons as a path: what each is about, how long it takes, and what the child has done. */
export function BandMapPage({ band }: BandMapPageProps) {
  const lessons = lessonsOfBand(band);
  const { t } = useTranslation();
  const lessonWords = useLessonsWords(lessons.map((l) => l.id));
  const saved = useProgressStore((s) => s.lessons);
  const statusOf = (id: string): Status => (saved[id]?.completedAt ? 'done' : saved[id] ? 'started' : 'new');
  const done = lessons.filter((l) => statusOf(l.id) === 'done').length;
  const typicalMinutes = lessons.length
    ? Math.round(lessons.reduce((n, l) => n + l.minutes, 0) / lessons.length)
    : 0;

  return (
    <div className="band-map" data-band={band}>
      <PageHeading intro={t('map.intro', { minutes: typicalMinutes })}>
        {t('map.title', { band: t(`band.${band}`) })}
      </PageHeading>
      <p className="band-map__progress">
        <span>{t('map.progress', { done, total: lessons.length })}</span>
        <Link to={`/learn/${band}/certificate`}>{t('map.certificate')}</Link>
      </p>
      <ol className="band-map__path" role="list">
        {lessons.map((lesson, i) => {
          const status = statusOf(lesson.id);
          const title = lessonWords(lesson.id, 'meta.title');
          const badge = lessonWords(lesson.id, 'meta.badge');
          const action = status === 'done' ? 'again' : status === 'started' ? 'continue' : 'start';
          return (
            <li key={lesson.id} className={`lesson-stop lesson-stop--${status}`}>
              <span className="lesson-stop__number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="lesson-stop__body">
                <p className="lesson-stop__kicker">
                  {t('map.lessonNumber', { number: i + 1 })} · {t('map.minutes', { count: lesson.minutes })} ·{' '}
                  <span className="lesson-stop__status">{t(`map.status.${status}`)}</span>
                </p>
                <h2 className="lesson-stop__title">{title}</h2>
                <p>{lessonWords(lesson.id, 'meta.summary')}</p>
                <Link
                  className={`button ${status === 'done' ? 'button--secondary' : 'button--primary'}`}
                  to={`/learn/${band}/${lesson.id}`}
                  aria-label={`${t(`map.${action}`)}: ${title}`}
                >
                  {t(`map.${action}`)}
                </Link>
              </div>
              <BadgeIcon
                badge={lesson.badge}
                earned={status === 'done'}
                label={
                  status === 'done' ? t('map.badgeEarned', { badge }) : `${t('map.badgeNotYet')}: ${badge}`
                }
              />
            </li>
          );
        })}
      </ol>
      <BandOffline band={band} />
      <p>
        <Link to="/">{t('map.otherAges')}</Link>
      </p>
    </div>
  );
}
