import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/button';
import { SceneIllustration } from '../illustrations/scene-illustration';
import { classes, readingClass, useNarration } from './narration-context';
import { stepWords, type StepProps } from './step-props';

export type ReflectStepProps = StepProps<'reflect'> & {
  note: string | undefined;
  onSaveNote: (note: string | undefined) => void;
};

/**
 * A prompt to think or talk. The optional note is kept only if the child presses save, since
 * children may type personal details; it never leaves the device.
 */
export function ReflectStep({ step, words, note, onSaveNote }: ReflectStepProps) {
  const { t } = useTranslation('player');
  const w = stepWords(words, step.id);
  const [draft, setDraft] = useState(note ?? '');
  const [message, setMessage] = useState('');
  const noteId = useId();
  const { state } = useNarration();
  return (
    <div className="reflect">
      {step.scene ? <SceneIllustration scene={step.scene} alt={w('alt')} /> : null}
      <p className={classes('step__prompt reflect__prompt', readingClass(state, `steps.${step.id}.prompt`))}>
        {w('prompt')}
      </p>
      <p>{t('reflect.talk')}</p>
      {step.allowNote ? (
        <div className="reflect__note">
          <label htmlFor={noteId}>{t('reflect.noteLabel')}</label>
          <p className="hint" id={`${noteId}-hint`}>
            {t('reflect.noteHint')}
          </p>
          <textarea
            id={noteId}
            aria-describedby={`${noteId}-hint`}
            rows={4}
            maxLength={2000}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <p className="reflect__actions">
            <Button
              onClick={() => {
                onSaveNote(draft);
                setMessage(t('reflect.saved'));
              }}
              disabled={!draft.trim()}
            >
              {t('reflect.save')}
            </Button>
            {note ? (
              <Button
                variant="quiet"
                onClick={() => {
                  onSaveNote(undefined);
                  setDraft('');
                  setMessage('');
                }}
              >
                {t('reflect.delete')}
              </Button>
            ) : null}
          </p>
          <p role="status" className="hint">
            {message}
          </p>
        </div>
      ) : null}
    </div>
  );
}
