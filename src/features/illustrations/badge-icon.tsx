import type { ReactNode } from 'react';
import type { BADGES } from '../../shared/content/content-constants';

export type BadgeId = (typeof BADGES)[number];
export type BadgeIconProps = {
  badge: BadgeId;
  earned: boolean;
  /** The badge's name (and whether it is earned); without it the medal is decorative. */
  label?: string;
  size?: number;
};

/** Each badge's medal colour and its emblem, drawn in the 64 x 64 medal around (32, 32) in `ink`. */
const BADGE_ART: Record<BadgeId, { colour: string; emblem: (ink: string, accent: string) => ReactNode }> = {
  heart: {
    colour: '#e0789a',
    emblem: (ink) => (
      <path
        d="M32 45C18 36 17 27 22 22.5C26 19.5 30 21 32 25C34 21 38 19.5 42 22.5C47 27 46 36 32 45Z"
        fill={ink}
      />
    ),
  },
  shield: {
    colour: '#5b8bd6',
    emblem: (ink, accent) => (
      <g>
        <path d="M32 17L44 21.5V31C44 38.5 38.5 43.5 32 46.5C25.5 43.5 20 38.5 20 31V21.5Z" fill={ink} />
        <path
          d="M26.5 31.5 30.5 35.5 38 27"
          stroke={accent}
          strokeWidth={3}
          fill="none"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </g>
    ),
  },
  key: {
    colour: '#8e7cc3',
    emblem: (ink) => (
      <g stroke={ink} strokeWidth={3.5} fill="none" strokeLinecap="round">
        <circle cx={24.5} cy={26} r={6.5} />
        <path d="M29.5 30.5 44 45M38.5 39.5 42 36M41.5 42.5 45 39" />
      </g>
    ),
  },
  lighthouse: {
    colour: '#4aa3b5',
    emblem: (ink, accent) => (
      <g>
        <path d="M26.5 24 17 19V29ZM37.5 24 47 19V29Z" fill={ink} opacity={0.55} />
        <path d="M27 20.5 32 15.5 37 20.5Z" fill={ink} />
        <rect x={28} y={20.5} width={8} height={6} fill={accent} />
        <path d="M28.5 26.5H35.5L37.5 46H26.5Z" fill={ink} />
        <path d="M28 33H36M27.3 39.5H36.7" stroke={accent} strokeWidth={2.4} />
        <path d="M21 47H43" stroke={ink} strokeWidth={2.5} strokeLinecap="round" />
      </g>
    ),
  },
  compass: {
    colour: '#5aa469',
    emblem: (ink, accent) => (
      <g>
        <circle cx={32} cy={32} r={14} fill="none" stroke={ink} strokeWidth={3} />
        <path d="M32 20.5 35.5 32H28.5Z" fill={ink} />
        <path d="M32 43.5 28.5 32H35.5Z" fill={ink} opacity={0.5} />
        <circle cx={32} cy={32} r={2} fill={accent} />
      </g>
    ),
  },
  star: {
    colour: '#e89b3c',
    emblem: (ink) => (
      <path
        d="M32 16.5l4.8 9.7 10.7 1.6-7.7 7.5 1.8 10.6L32 40.9l-9.6 5 1.8-10.6-7.7-7.5 10.7-1.6Z"
        fill={ink}
      />
    ),
  },
  lantern: {
    colour: '#3f5d8a',
    emblem: (ink, accent) => (
      <g>
        <path d="M27 20Q32 12 37 20" stroke={ink} strokeWidth={2.2} fill="none" />
        <rect x={25.5} y={20} width={13} height={4} rx={1.5} fill={ink} />
        <rect x={26.5} y={24} width={11} height={17} rx={2} fill={ink} opacity={0.45} />
        <path d="M32 27Q36 32 32 37Q28 32 32 27Z" fill={accent} />
        <rect x={25.5} y={41} width={13} height={4} rx={1.5} fill={ink} />
      </g>
    ),
  },
  bridge: {
    colour: '#56a3a6',
    emblem: (ink) => (
      <g stroke={ink} strokeWidth={3} fill="none" strokeLinecap="round">
        <path d="M13 38H51M23 19V44M41 19V44" strokeWidth={3.5} />
        <path d="M13 33Q20 33 23 21Q32 34 41 21Q44 33 51 33M28 27V38M32 29.5V38M36 27V38" strokeWidth={1.8} />
        <path d="M15 48Q19 46 23 48T31 48T39 48T47 48" strokeWidth={2} />
      </g>
    ),
  },
  megaphone: {
    colour: '#e0835f',
    emblem: (ink) => (
      <g>
        <path d="M19 28H25L39 20V44L25 36H19Z" fill={ink} strokeLinejoin="round" />
        <path d="M24 36 27 45" stroke={ink} strokeWidth={3.5} strokeLinecap="round" />
        <path
          d="M43 27Q46 32 43 37M46.5 23.5Q51.5 32 46.5 40.5"
          stroke={ink}
          strokeWidth={2.2}
          fill="none"
          strokeLinecap="round"
        />
      </g>
    ),
  },
  anchor: {
    colour: '#3a7ca5',
    emblem: (ink) => (
      <g stroke={ink} strokeWidth={3} fill="none" strokeLinecap="round">
        <circle cx={32} cy={19.5} r={3.5} />
        <path d="M32 23V46M25 28H39M19 36Q21 46 32 46Q43 46 45 36M19 36 16.5 38.5M45 36 47.5 38.5" />
      </g>
    ),
  },
};

/**
 * A round medal for a lesson badge. Not yet earned, it is grey with a dashed rim, so the
 * difference does not rest on colour alone.
 */
export function BadgeIcon({ badge, earned, label, size = 64 }: BadgeIconProps) {
  const art = BADGE_ART[badge];
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      focusable="false"
      data-badge={badge}
      data-earned={earned ? 'true' : 'false'}
      {...a11y}
    >
      {earned ? (
        <g>
          <circle cx={32} cy={32} r={30} fill="#f2c14e" stroke="#c8952c" strokeWidth={2} />
          <circle cx={32} cy={32} r={23.5} fill={art.colour} />
          <circle cx={32} cy={32} r={23.5} fill="none" stroke="#fff3d1" strokeWidth={1.5} />
          {art.emblem('#fffaf0', '#f2c14e')}
        </g>
      ) : (
        <g>
          <circle
            cx={32}
            cy={32}
            r={30}
            fill="#eef0f4"
            stroke="#7d8594"
            strokeWidth={2}
            strokeDasharray="5 4"
          />
          <circle
            cx={32}
            cy={32}
            r={23.5}
            fill="#f8f9fb"
            stroke="#b5bcc8"
            strokeWidth={1.5}
            strokeDasharray="3 3"
          />
          {art.emblem('#a3abb8', '#f8f9fb')}
        </g>
      )}
    </svg>
  );
}
