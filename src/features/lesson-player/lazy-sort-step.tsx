import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepProps } from './step-props';

/**
 * The sort step is the only one that needs drag and drop: dnd-kit is a third of the player's code,
 * so it loads while the child reads the first steps rather than before the lesson can show.
 */
export const loadSortStep = () => import('./sort-step');

const SortStep = lazy(() => loadSortStep().then((m) => ({ default: m.SortStep })));

export function LazySortStep(props: StepProps<'sort'>) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <SortStep {...props} />
    </Suspense>
  );
}
