import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BANDS, TACTICS, TOPICS, type Band, type Theme } from '../../shared/content/content-constants';
import { ALL_LESSONS } from '../../shared/content/lesson-index';
import { PageHeading } from '../../shared/ui/page-heading';
import { useLessonsWords } from '../i18n/use-lesson-words';

/** Lessons by band with their duration, topics and curriculum links, filterable; each opens its plan. */
export function ClassroomHub() {
  const { t } = useTranslation('classroom');
  const { t: tc } = useTranslation('common');
  // Teachers see every lesson's title here, so all lesson words load on this page (not on children's pages).
  const lessonWords = useLessonsWords(ALL_LESSONS.map((l) => l.id));
  const [band, setBand] = useState<Band | ''>('');
  const [tactic, setTactic] = useState<Theme | ''>('');
  const bandId = useId();
  const tacticId = useId();
  const shown = ALL_LESSONS.filter(
    (l) => (!band || l.band === band) && (!tactic || l.tactics.includes(tactic)),
  );

  return (
    <div className="classroom">
      <PageHeading intro={t('hub.intro')}>{t('hub.title')}</PageHeading>
      <div className="filters" role="group" aria-label={t('hub.filterBand')}>
        <label htmlFor={bandId}>{t('hub.filterBand')}</label>
        <select id={bandId} value={band} onChange={(e) => setBand(e.target.value as Band | '')}>
          <option value="">{t('hub.all')}</option>
          {BANDS.map((b) => (
            <option key={b} value={b}>
              {tc(`band.${b}`)}
            </option>
          ))}
        </select>
        <label htmlFor={tacticId}>{t('hub.filterTactic')}</label>
        <select id={tacticId} value={tactic} onChange={(e) => setTactic(e.target.value as Theme | '')}>
          <option value="">{t('hub.all')}</option>
          {[...TACTICS, ...TOPICS].map((id) => (
            <option key={id} value={id}>
              {tc(`tactics.${id}`)}
            </option>
          ))}
        </select>
        <p role="status" className="filters__count">
          {t('hub.count', { count: shown.length })}
        </p>
      </div>
      {shown.length ? null : <p>{t('hub.none')}</p>}
      {BANDS.map((b) => {
        const lessons = shown.filter((l) => l.band === b);
        if (!lessons.length) return null;
        return (
          <section key={b} aria-labelledby={`band-${b}`}>
            <h2 id={`band-${b}`}>{tc(`band.${b}`)}</h2>
            <ul className="lesson-cards" role="list">
              {lessons.map((l) => {
                const title = lessonWords(l.id, 'meta.title');
                return (
                  <li key={l.id} className="lesson-card">
                    <h3>{title}</h3>
                    <p>{lessonWords(l.id, 'meta.summary')}</p>
                    <p className="lesson-card__meta">
                      {t('hub.minutes', { count: l.minutes })} · {t('hub.topics')}:{' '}
                      {l.tactics.map((x) => tc(`tactics.${x}`)).join(', ')}
                    </p>
                    <p className="lesson-card__codes">
                      {t('hub.curriculum')}: {l.curriculum.join(', ')}
                    </p>
                    <Link
                      className="button button--primary"
                      to={`/classroom/${l.id}`}
                      aria-label={`${t('hub.plan')}: ${title}`}
                    >
                      {t('hub.plan')}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
