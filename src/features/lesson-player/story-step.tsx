import { SceneIllustration } from '../illustrations/scene-illustration';
import { classes, readingClass, useNarration } from './narration-context';
import { ReadItemButton } from './read-item-button';
import { stepWords, type StepProps } from './step-props';

/** Illustrated panels with a short text each; read aloud on request. */
export function StoryStep({ step, words }: StepProps<'story'>) {
  const w = stepWords(words, step.id);
  const { state } = useNarration();
  return (
    <div className="story">
      {step.panels.map((panel) => {
        const key = `steps.${step.id}.${panel.id}.text`;
        return (
          <figure key={panel.id} className="story__panel">
            <SceneIllustration scene={panel.scene} alt={w(`${panel.id}.alt`)} />
            {/* Before the caption: a figcaption must be the figure's first or last child. */}
            <ReadItemButton keys={[key]} text={w(`${panel.id}.text`)} />
            <figcaption className={classes('story__text', readingClass(state, key))}>
              {w(`${panel.id}.text`)}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
