import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Band } from '../../shared/content/content-constants';
import type { Lesson } from '../../shared/content/lesson-schema';
import { Button } from '../../shared/ui/button';
import { BadgeIcon } from '../illustrations/badge-icon';
import { lessonScore } from '../progress/reconcile-progress';
import type { LessonProgress } from '../progress/saved-progress';

export type LessonSummaryProps = {
  lesson: Lesson;
  band: Band;
  progress: LessonProgress;
  title: string;
  badgeName: string;
  onAgain: () => void;
  onReview: () => void;
};

/** The end of a lesson: the score of this attempt, the badge, and where to go next. */
export function LessonSummary({
  lesson,
  band,
  progress,
  title,
  badgeName,
  onAgain,
  onReview,
}: LessonSummaryProps) {
  const { t } = useTranslation('player');
  const heading = useRef<HTMLHeadingElement>(null);
  const { points, max } = lessonScore(progress);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h1 id="summary-title" ref={heading} tabIndex={-1}>
        {t('summary.title', { title })}
      </h1>
      <div className="summary__badge">
        <BadgeIcon badge={lesson.badge} earned label={badgeName} />
        <p>{t('summary.badge', { badge: badgeName })}</p>
      </div>
      <p className="summary__score">{max ? t('summary.score', { points, max }) : t('summary.noScore')}</p>
      <p className="summary__actions">
        <Button variant="primary" onClick={onAgain}>
          {t('summary.again')}
        </Button>
        <Button onClick={onReview}>{t('summary.review')}</Button>
        <Link className="button button--secondary" to={`/learn/${band}`}>
          {t('summary.map')}
        </Link>
      </p>
    </section>
  );
}
