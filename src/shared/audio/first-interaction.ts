let interacted = false;
let watching = false;

/**
 * Notes the user's first tap, click or key press. Called from main.tsx at start-up, so the tap that
 * opens a lesson counts even though the narrator's code arrives after it. No howler here: this is
 * part of the first load.
 */
export function watchFirstInteraction(target: Window = window): void {
  if (watching) return;
  watching = true;
  const mark = () => {
    interacted = true;
    target.removeEventListener('pointerdown', mark, true);
    target.removeEventListener('keydown', mark, true);
  };
  target.addEventListener('pointerdown', mark, true);
  target.addEventListener('keydown', mark, true);
}

/** Whether the user has interacted with the page yet: until then the browser may block sound, and we play none. */
export const hasInteracted = () => interacted;
