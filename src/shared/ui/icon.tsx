import type { ReactElement } from 'react';

// Drawn inline, not emoji: emoji look different on every system (some school machines show an
// empty box), and the first one on a page makes the browser load a colour-emoji font of several
// megabytes, which held up a lesson's first paint by 30-50 ms on a throttled Chromebook profile.
const SHAPES = {
  speaker: (
    <>
      <path d="M3.5 9.5h4l5-4.5v14l-5-4.5h-4z" fill="currentColor" />
      <path d="M16 9a4.2 4.2 0 0 1 0 6M18.6 6.4a8 8 0 0 1 0 11.2" />
    </>
  ),
  stop: <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor" stroke="none" />,
  globe: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c-3 3.2-3.8 6-3.8 9s.8 5.8 3.8 9M12 3c3 3.2 3.8 6 3.8 9s-.8 5.8-3.8 9" />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type IconName = keyof typeof SHAPES;

/** A small line icon in the colour of the text around it, 1.2 em square; hidden from screen readers (the control around it is named). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="1.2em"
      height="1.2em"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      {SHAPES[name]}
    </svg>
  );
}
