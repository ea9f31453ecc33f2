import type { Mood } from './cast';
import { INK } from './colour';

export type FaceProps = {
  mood: Mood;
  /** Positions in head units: the head is a circle of radius 20 centred on the origin. */
  eyeY?: number;
  eyeDX?: number;
  mouthY?: number;
  /** Cheek blush; off for fur, where it reads as a smudge. */
  hasBlush?: boolean;
};

/** Brow heights per mood as [outer, inner, arch], for the left brow (the right mirrors it, except `unsure`). */
const BROWS: Record<Mood, { left: [number, number, number]; right: [number, number, number] }> = {
  happy: { left: [0, 0, -2.2], right: [0, 0, -2.2] },
  calm: { left: [0.6, 0.6, -1], right: [0.6, 0.6, -1] },
  unsure: { left: [-2.6, -2.2, -2.6], right: [1.2, 1.2, 0] },
  worried: { left: [1.6, -2.6, -0.4], right: [1.6, -2.6, -0.4] },
  relieved: { left: [-0.6, -0.6, -1.6], right: [-0.6, -0.6, -1.6] },
};

const MOUTHS: Record<Mood, string> = {
  happy: '',
  calm: 'M-4.5 0Q0 3.6 4.5 0',
  unsure: 'M-4.5 1.3Q0 .9 4.5 .1',
  worried: 'M-4.5 2.6Q0-1.6 4.5 2.6',
  relieved: 'M-5.5-.6Q0 5.6 5.5-.6',
};

const line = { stroke: INK, strokeWidth: 2, strokeLinecap: 'round', fill: 'none' } as const;

/** Eyes, brows and mouth for one mood; shared by people, animals and avatars so every face reads the same way. */
export function Face({ mood, eyeY = 1, eyeDX = 7.5, mouthY = 10, hasBlush = true }: FaceProps) {
  const browY = eyeY - 7.5;
  return (
    <g>
      {hasBlush && mood !== 'worried' ? (
        <g fill="#f2878a" opacity={mood === 'calm' ? 0.25 : 0.4}>
          <ellipse cx={-12} cy={eyeY + 7} rx={3.4} ry={2.4} />
          <ellipse cx={12} cy={eyeY + 7} rx={3.4} ry={2.4} />
        </g>
      ) : null}
      {[-1, 1].map((side) => {
        const cx = side * eyeDX;
        const [outer, inner, arch] = side < 0 ? BROWS[mood].left : BROWS[mood].right;
        const outerX = cx + side * 3.8;
        const innerX = cx - side * 3.2;
        return (
          <g key={side}>
            {mood === 'relieved' ? (
              // Closed, upturned eyes: the "phew" look that tells relief apart from plain happiness.
              <path d={`M${cx - 3.4} ${eyeY + 1}Q${cx} ${eyeY - 3.6} ${cx + 3.4} ${eyeY + 1}`} {...line} />
            ) : (
              // White around the pupil keeps the eyes visible on the deepest skin tones.
              <g>
                <ellipse cx={cx} cy={eyeY} rx={3.5} ry={4.1} fill="#fff" />
                <circle cx={cx + side * 0.3} cy={eyeY + 0.5} r={2.5} fill={INK} />
                <circle cx={cx + side * 0.3 + 0.9} cy={eyeY - 0.6} r={0.8} fill="#fff" />
              </g>
            )}
            <path
              d={`M${outerX} ${browY + outer}Q${(outerX + innerX) / 2} ${browY + (outer + inner) / 2 + arch} ${innerX} ${browY + inner}`}
              {...line}
              strokeWidth={1.8}
            />
          </g>
        );
      })}
      <g transform={`translate(0 ${mouthY})`}>
        {mood === 'happy' ? (
          <g>
            <path d="M-6.2-.6Q0 1 6.2-.6Q5.4 8 0 8Q-5.4 8-6.2-.6Z" fill="#5a2430" />
            <ellipse cx={0} cy={5.6} rx={3.2} ry={1.8} fill="#ea8c8c" />
          </g>
        ) : (
          <path d={MOUTHS[mood]} {...line} strokeWidth={2.1} />
        )}
      </g>
    </g>
  );
}
