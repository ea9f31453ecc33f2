import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stepKey } from '../../shared/content/lesson-keys';
import { Button } from '../../shared/ui/button';
import { classes, readingClass, useNarration } from './narration-context';
import { ReadItemButton } from './read-item-button';
import { stepWords, type StepProps } from './step-props';

const UNSORTED = '';

/**
 * Cards sorted into boxes. Three equal ways to move a card: drag it (mouse or touch), pick it up
 * with the keyboard (dnd-kit's keyboard sensor, announced to screen readers), or tap the button
 * for its box. Checked once; every card then shows whether it is in the right box and why.
 */
export function SortStep({ step, words, record, onAnswer }: StepProps<'sort'>) {
  const { t } = useTranslation('player');
  const w = stepWords(words, step.id);
  const { state } = useNarration();
  const key = (...rest: string[]) => stepKey(step.id, ...rest);
  const checked = record?.done === true;
  const [placements, setPlacements] = useState<Record<string, string>>(() =>
    record?.answer?.kind === 'sort' ? record.answer.placements : {},
  );
  const [hint, setHint] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  const place = (itemId: string, bucketId: string) => {
    setHint('');
    setPlacements((p) => {
      const next = { ...p };
      if (bucketId === UNSORTED) delete next[itemId];
      else next[itemId] = bucketId;
      return next;
    });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) place(String(active.id), String(over.id));
  };

  const itemLabel = (id: string) => w(`${id}.label`);
  const bucketLabel = (id: string) => (id === UNSORTED ? t('sort.unsorted') : w(`${id}.label`));
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('sort.announce.pickUp', { card: itemLabel(String(active.id)) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('sort.announce.over', {
            card: itemLabel(String(active.id)),
            bucket: bucketLabel(String(over.id)),
          })
        : '',
    onDragEnd: ({ active, over }) =>
      over
        ? t('sort.announce.drop', {
            card: itemLabel(String(active.id)),
            bucket: bucketLabel(String(over.id)),
          })
        : t('sort.announce.cancel', { card: itemLabel(String(active.id)) }),
    onDragCancel: ({ active }) => t('sort.announce.cancel', { card: itemLabel(String(active.id)) }),
  };

  const check = () => {
    if (step.items.some((item) => !placements[item.id])) return setHint(t('sort.placeAll'));
    onAnswer({
      done: true,
      answer: { kind: 'sort', placements },
      points: step.items.filter((item) => placements[item.id] === item.bucket).length,
      maxPoints: step.items.length,
      attempts: 1,
    });
  };

  const card = (itemId: string) => {
    const item = step.items.find((i) => i.id === itemId)!;
    const where = placements[itemId] ?? UNSORTED;
    return (
      <SortCard
        key={itemId}
        id={itemId}
        label={itemLabel(itemId)}
        isReading={Boolean(readingClass(state, key(itemId, 'label')))}
        readKeys={[key(itemId, 'label'), ...(checked ? [key(itemId, 'feedback')] : [])]}
        disabled={checked}
        dragLabel={t('sort.dragHandle', { card: itemLabel(itemId) })}
      >
        {checked ? (
          <div className={`verdict verdict--${where === item.bucket ? 'found' : 'missed'}`}>
            <p className="verdict__title">
              {where === item.bucket
                ? `✓ ${t('sort.right')}`
                : t('sort.wrong', { bucket: bucketLabel(item.bucket) })}
            </p>
            <p className={readingClass(state, key(itemId, 'feedback'))}>{w(`${itemId}.feedback`)}</p>
          </div>
        ) : (
          <div className="sort-card__moves" role="group" aria-label={itemLabel(itemId)}>
            {step.buckets.map((bucket) => (
              <button
                key={bucket.id}
                type="button"
                className="sort-card__move"
                aria-pressed={where === bucket.id}
                onClick={() => place(itemId, bucket.id)}
              >
                {where === bucket.id
                  ? t('sort.placedIn', { bucket: bucketLabel(bucket.id) })
                  : t('sort.moveTo', { bucket: bucketLabel(bucket.id) })}
              </button>
            ))}
          </div>
        )}
      </SortCard>
    );
  };

  const unsorted = step.items.filter((item) => !placements[item.id]).map((item) => item.id);
  const right = step.items.filter((item) => placements[item.id] === item.bucket).length;

  return (
    <div className="sort">
      <p className={classes('step__prompt', readingClass(state, key('prompt')))}>{w('prompt')}</p>
      {!checked ? <p className="hint">{t('sort.instructions')}</p> : null}
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('sort.instructions') } }}
      >
        {unsorted.length ? (
          <SortBucket id={UNSORTED} label={t('sort.unsorted')} emptyLabel={t('sort.empty')}>
            {unsorted.map(card)}
          </SortBucket>
        ) : null}
        <div className="sort__buckets">
          {step.buckets.map((bucket) => (
            <SortBucket
              key={bucket.id}
              id={bucket.id}
              label={bucketLabel(bucket.id)}
              isReading={Boolean(readingClass(state, key(bucket.id, 'label')))}
              emptyLabel={t('sort.empty')}
            >
              {step.items.filter((item) => placements[item.id] === bucket.id).map((item) => card(item.id))}
            </SortBucket>
          ))}
        </div>
      </DndContext>
      {!checked ? (
        <div className="step__actions">
          <Button variant="primary" onClick={check}>
            {t('sort.check')}
          </Button>
        </div>
      ) : null}
      <div role="status" className="feedback-area">
        {hint ? <p className="hint">{hint}</p> : null}
        {checked ? (
          <p className="feedback feedback--summary feedback__title">
            {t('sort.result', { right, total: step.items.length })}
          </p>
        ) : null}
      </div>
    </div>
  );
}

type SortBucketProps = {
  id: string;
  label: string;
  isReading?: boolean;
  emptyLabel: string;
  children: ReactNode[];
};

function SortBucket({ id, label, isReading = false, emptyLabel, children }: SortBucketProps) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section
      ref={setNodeRef}
      className={`sort-bucket ${isOver ? 'sort-bucket--over' : ''}`}
      aria-label={label}
    >
      <h3 className={classes('sort-bucket__label', isReading && 'is-reading')}>{label}</h3>
      {children.length ? (
        <ul className="sort-bucket__cards" role="list">
          {children}
        </ul>
      ) : (
        <p className="sort-bucket__empty">{emptyLabel}</p>
      )}
    </section>
  );
}

type SortCardProps = {
  id: string;
  label: string;
  isReading: boolean;
  readKeys: string[];
  dragLabel: string;
  disabled: boolean;
  children: ReactNode;
};

function SortCard({ id, label, isReading, readKeys, dragLabel, disabled, children }: SortCardProps) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id, disabled });
  return (
    <li
      ref={setNodeRef}
      className={`sort-card ${isDragging ? 'sort-card--dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform) }}
    >
      <div className="sort-card__top">
        {!disabled ? (
          <button
            type="button"
            className="sort-card__handle"
            aria-label={dragLabel}
            {...attributes}
            {...listeners}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
        <p className={classes('sort-card__label', isReading && 'is-reading')}>{label}</p>
        <ReadItemButton keys={readKeys} text={label} />
      </div>
      {children}
    </li>
  );
}
