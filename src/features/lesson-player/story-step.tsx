import { SceneIllustration } from '../illustrations/scene-illustration';
import { stepWords, type StepProps } from './step-props';

/** Illustrated panels with a short text each; read aloud on request. */
export function StoryStep({ step, words }: StepProps<'story'>) {
  const w = stepWords(words, step.id);
  return (
    <div className="story">
      {step.panels.map((panel) => (
        <figure key={panel.id} className="story__panel">
          <SceneIllustration scene={panel.scene} alt={w(`${panel.id}.alt`)} />
          <figcaption className="story__text">{w(`${panel.id}.text`)}</figcaption>
        </figure>
      ))}
    </div>
  );
}
