import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Lesson } from '../../shared/content/lesson-schema';
import { Button } from '../../shared/ui/button';
import { PageHeading } from '../../shared/ui/page-heading';
import { useLessonWords } from '../i18n/use-lesson-words';

export type LessonPlanPageProps = { lesson: Lesson };

const BEFORE = ['lead', 'groups', 'questions'] as const;
const GROUND_RULES = ['noStories', 'pass', 'respect', 'help'] as const;
const DISCLOSURE = ['listen', 'reassure', 'noPromise', 'noInvestigate', 'record', 'report'] as const;

/** Everything a teacher needs to run one lesson, printable on A4 or Letter. */
export function LessonPlanPage({ lesson }: LessonPlanPageProps) {
  const { t } = useTranslation('classroom');
  const { t: tc } = useTranslation('common');
  const { t: tCurriculum } = useTranslation('curriculum');
  const words = useLessonWords(lesson.id);
  const summaryOf = tCurriculum as unknown as (key: string) => string;
  const title = words('meta.title');

  return (
    <article className="lesson-plan">
      <PageHeading intro={words('meta.summary')}>{t('plan.title', { title })}</PageHeading>
      <dl className="lesson-plan__facts">
        <dt>{t('plan.band')}</dt>
        <dd>{tc(`band.${lesson.band}`)}</dd>
        <dt>{t('plan.duration')}</dt>
        <dd>{t('hub.minutes', { count: lesson.minutes })}</dd>
      </dl>
      <p className="no-print lesson-plan__actions">
        <Button variant="primary" onClick={() => window.print()}>
          {t('plan.print')}
        </Button>
        <Link className="button button--primary" to={`/classroom/${lesson.id}/present`}>
          {t('plan.present')}
        </Link>
        <Link className="button button--secondary" to={`/learn/${lesson.band}/${lesson.id}`}>
          {t('plan.play')}
        </Link>
        <Link className="button button--quiet" to="/classroom">
          {t('plan.back')}
        </Link>
      </p>
      <Section
        title={t('plan.objectives')}
        items={lesson.objectives.map((id) => words(`meta.objectives.${id}`))}
      />
      <Section title={t('plan.before')} items={BEFORE.map((k) => t(`plan.beforeItems.${k}`))} />
      <Section
        title={t('plan.groundRules')}
        items={GROUND_RULES.map((k) => t(`plan.groundRulesItems.${k}`))}
      />
      <section>
        <h2>{t('plan.activity')}</h2>
        <p>{words('meta.teacherNotes.activity')}</p>
      </section>
      <Section
        title={t('plan.discussion')}
        items={lesson.discussion.map((id) => words(`meta.discussion.${id}`))}
      />
      <section>
        <h2>{t('plan.differentiation')}</h2>
        <p>{words('meta.teacherNotes.differentiation')}</p>
      </section>
      <Section
        title={t('plan.disclosure')}
        items={DISCLOSURE.map((k) => t(`plan.disclosureItems.${k}`))}
        ordered
      />
      <section>
        <h2>{t('plan.signs')}</h2>
        <p>{t('plan.signsText')}</p>
      </section>
      <Section
        title={t('plan.parents')}
        items={lesson.parentStarters.map((id) => words(`meta.parentStarters.${id}`))}
      />
      <section>
        <h2>{t('plan.curriculum')}</h2>
        <dl className="lesson-plan__codes">
          {lesson.curriculum.map((code) => (
            <div key={code}>
              <dt>
                {code} ({summaryOf(`frameworks.${code.split('-')[0]}`)})
              </dt>
              <dd>{summaryOf(`codes.${code}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}

function Section({ title, items, ordered }: { title: string; items: string[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <section>
      <h2>{title}</h2>
      <List>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </List>
    </section>
  );
}
