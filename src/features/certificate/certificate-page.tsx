import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Band } from '../../shared/content/content-constants';
import { lessonsOfBand } from '../../shared/content/lesson-index';
import { Button } from '../../shared/ui/button';
import { PageHeading } from '../../shared/ui/page-heading';
import { useLessonsWords } from '../i18n/use-lesson-words';
import { BadgeIcon } from '../illustrations/badge-icon';
import { useProgressStore } from '../progress/progress-store';

export type CertificatePageProps = { band: Band };

/** A printable certificate with the child's nickname, which is kept on the device only. */
export function CertificatePage({ band }: CertificatePageProps) {
  const lessons = lessonsOfBand(band);
  const { t } = useTranslation();
  const lessonWords = useLessonsWords(lessons.map((l) => l.id));
  const saved = useProgressStore((s) => s.lessons);
  const nickname = useProgressStore((s) => s.nickname) ?? '';
  const setNickname = useProgressStore((s) => s.setNickname);
  const inputId = useId();
  const finished = lessons.filter((l) => saved[l.id]?.completedAt);

  return (
    <div className="certificate-page">
      <div className="no-print">
        <PageHeading>{t('certificate.title')}</PageHeading>
        <label htmlFor={inputId}>{t('certificate.nicknameLabel')}</label>
        <p className="hint" id={`${inputId}-hint`}>
          {t('certificate.nicknameHint')}
        </p>
        <input
          id={inputId}
          aria-describedby={`${inputId}-hint`}
          value={nickname}
          maxLength={40}
          autoComplete="off"
          onChange={(e) => setNickname(e.target.value)}
        />
      </div>
      <article className="certificate" aria-label={t('certificate.heading')}>
        <p className="certificate__heading">{t('certificate.heading')}</p>
        <p>{t('certificate.awardedTo')}</p>
        <p className="certificate__name">{nickname.trim() || t('certificate.someone')}</p>
        <p>
          {t('certificate.for', { done: finished.length, total: lessons.length, band: t(`band.${band}`) })}
        </p>
        <h2 className="certificate__badges-title">{t('certificate.badges')}</h2>
        {finished.length ? (
          <ul className="certificate__badges" role="list">
            {finished.map((l) => (
              <li key={l.id}>
                <BadgeIcon badge={l.badge} earned label={lessonWords(l.id, 'meta.badge')} />
                <span>{lessonWords(l.id, 'meta.badge')}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('certificate.noBadges')}</p>
        )}
      </article>
      <p className="no-print certificate-page__actions">
        <Button variant="primary" onClick={() => window.print()}>
          {t('certificate.print')}
        </Button>
        <Link className="button button--secondary" to={`/learn/${band}`}>
          {t('certificate.back')}
        </Link>
      </p>
    </div>
  );
}
