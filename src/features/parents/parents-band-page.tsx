import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Band } from '../../shared/content/content-constants';
import { lessonsOfBand } from '../../shared/content/lesson-index';
import { PageHeading } from '../../shared/ui/page-heading';
import { useLessonsWords } from '../i18n/use-lesson-words';

export type ParentsBandPageProps = { band: Band };

const THREE = ['a', 'b', 'c'] as const;

/** One age group for parents: how grooming looks, what to say, what helps, and lessons to do together. */
export function ParentsBandPage({ band }: ParentsBandPageProps) {
  const lessons = lessonsOfBand(band);
  const { t } = useTranslation('parents');
  const { t: tc } = useTranslation('common');
  const lessonWords = useLessonsWords(lessons.map((l) => l.id));
  return (
    <div className="parents">
      <PageHeading>{t('band.title', { band: tc(`band.${band}`) })}</PageHeading>
      <section aria-labelledby="pb-how">
        <h2 id="pb-how">{t('band.how')}</h2>
        <p>{t(`bands.${band}.how`)}</p>
      </section>
      <section aria-labelledby="pb-starters">
        <h2 id="pb-starters">{t('band.starters')}</h2>
        <ul>
          {THREE.map((k) => (
            <li key={k}>{t(`bands.${band}.starters.${k}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pb-habits">
        <h2 id="pb-habits">{t('band.habits')}</h2>
        <ul>
          {THREE.map((k) => (
            <li key={k}>{t(`bands.${band}.habits.${k}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pb-together">
        <h2 id="pb-together">{t('band.together')}</h2>
        <p>{t('band.togetherText')}</p>
        <ul className="lesson-links" role="list">
          {lessons.map((l) => (
            <li key={l.id}>
              <Link className="button button--secondary" to={`/learn/${band}/${l.id}/together`}>
                {t('band.open', { title: lessonWords(l.id, 'meta.title') })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link to="/parents">{t('band.back')}</Link>
      </p>
    </div>
  );
}
