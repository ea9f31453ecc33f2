import { useId, type ReactNode } from 'react';
import type { AVATARS } from '../../shared/content/content-constants';
import { AnimalHead } from './animal';
import { ANIMALS, isAnimal, PEOPLE, type CharacterId } from './cast';
import { shade, tint } from './colour';
import { PersonHead } from './person-head';

export type AvatarId = (typeof AVATARS)[number];
export type AvatarProps = { avatar: AvatarId; size?: number };

/**
 * Profile pictures of the kind strangers pick; deliberately friendly and ordinary, because the lesson
 * is that a nice picture says nothing about who is really typing.
 */
const ICONS: Record<Exclude<AvatarId, CharacterId>, { bg: string; art: ReactNode }> = {
  'game-knight': {
    bg: '#6c7fd8',
    art: (
      <g>
        <path d="M20 9Q25 2 30 6Q25 6 22 10Z" fill="#f2c14e" />
        <path d="M11 36V20Q11 9 20 9Q29 9 29 20V36Z" fill="#d5dbe5" />
        <rect x={13} y={19} width={14} height={4} rx={2} fill="#39364a" />
        <path d="M20 23V34M15 27H17M15 30H17M23 27H25M23 30H25" stroke="#9aa6b8" strokeWidth={1.2} />
      </g>
    ),
  },
  'game-robot': {
    bg: '#5fb3a1',
    art: (
      <g>
        <path d="M20 11V6" stroke="#e9edf2" strokeWidth={1.5} />
        <circle cx={20} cy={5.5} r={2} fill="#f2c14e" />
        <rect x={9} y={11} width={22} height={19} rx={5} fill="#e9edf2" />
        <circle cx={15} cy={19} r={2.6} fill="#39364a" />
        <circle cx={25} cy={19} r={2.6} fill="#39364a" />
        <path
          d="M15 25.5H25"
          stroke="#39364a"
          strokeWidth={1.6}
          strokeLinecap="round"
          strokeDasharray="1.5 2"
        />
        <rect x={12} y={30} width={16} height={10} rx={2} fill="#c9d1dd" />
      </g>
    ),
  },
  'game-cat': {
    bg: '#f2c14e',
    art: (
      <g>
        <path d="M9 22 10 7 18 13ZM31 22 30 7 22 13Z" fill="#8e7cc3" />
        <circle cx={20} cy={23} r={12} fill="#8e7cc3" />
        <circle cx={15.5} cy={21} r={2.2} fill="#fbfaf7" />
        <circle cx={24.5} cy={21} r={2.2} fill="#fbfaf7" />
        <path d="M18.5 25.5H21.5L20 27.3Z" fill="#ec8fac" />
        <path
          d="M20 27.3Q18 30 16 28.5M20 27.3Q22 30 24 28.5M8 25 14 26M8 29 14 28M32 25 26 26M32 29 26 28"
          stroke="#39364a"
          strokeWidth={0.9}
          fill="none"
        />
      </g>
    ),
  },
  star: {
    bg: '#3f5d8a',
    art: (
      <path d="M20 7l3.9 8 8.8 1.2-6.4 6.1 1.6 8.7L20 26.8 12.1 31l1.6-8.7-6.4-6.1 8.8-1.2Z" fill="#f5d061" />
    ),
  },
  sunset: {
    bg: '#f6c28b',
    art: (
      <g>
        <circle cx={20} cy={24} r={9} fill="#f29a5e" />
        <rect y={24} width={40} height={16} fill="#5b8bd6" />
        <path d="M13 28H27M15 32H25M17 36H23" stroke="#f6c28b" strokeWidth={1.5} strokeLinecap="round" />
      </g>
    ),
  },
  football: {
    bg: '#84c878',
    art: (
      <g>
        <circle cx={20} cy={20} r={12} fill="#fbfaf7" />
        <path d="M20 15.5l4.3 3.1-1.6 5h-5.4l-1.6-5Z" fill="#39364a" />
        <path
          d="M20 15.5V8.5M24.3 18.6 31 16.5M22.7 23.6 27 29M17.3 23.6 13 29M15.7 18.6 9 16.5"
          stroke="#39364a"
          strokeWidth={1.2}
        />
      </g>
    ),
  },
  music: {
    bg: '#9b7bc9',
    art: (
      <g fill="#fbfaf7">
        <path d="M16 28V11L29 8V25" stroke="#fbfaf7" strokeWidth={2.2} fill="none" />
        <ellipse cx={13} cy={28} rx={4} ry={3} />
        <ellipse cx={26} cy={25} rx={4} ry={3} />
      </g>
    ),
  },
  blank: {
    bg: '#c9d1dd',
    art: (
      <g fill="#eef1f5">
        <circle cx={20} cy={16} r={7} />
        <path d="M6 40Q6 26 20 26Q34 26 34 40Z" />
      </g>
    ),
  },
};

/** A cast member's head and shoulders, framed for a round picture. */
function CastPortrait({ id }: { id: CharacterId }) {
  if (isAnimal(id)) {
    const t = ANIMALS[id];
    const isTall = id === 'rabbit';
    return (
      <g>
        <rect width={40} height={40} fill={tint(t.outfitColour, 0.7)} />
        <path d="M4 42Q4 31 14 30H26Q36 31 36 42Z" fill={t.outfit === 'tshirt' ? t.outfitColour : t.fur} />
        {t.outfit === 'scarf' ? (
          <rect x={10} y={28} width={20} height={5} rx={2.5} fill={t.outfitColour} />
        ) : null}
        <g transform={`translate(20 ${isTall ? 24 : 19}) scale(${isTall ? 0.46 : 0.52})`}>
          <AnimalHead kind={id} mood="happy" />
        </g>
      </g>
    );
  }
  const t = PEOPLE[id];
  return (
    <g>
      <rect width={40} height={40} fill={tint(t.topColour, 0.7)} />
      <rect x={16.5} y={24} width={7} height={8} fill={shade(t.skin, 0.1)} />
      <path d="M3 42Q3 31 13 30H27Q37 31 37 42Z" fill={t.topColour} />
      {t.top === 'cardigan' ? <path d="M17 30 20 35 23 30Z" fill={tint(t.topColour, 0.75)} /> : null}
      <g
        transform={`translate(20 ${t.hair === 'afro' ? 20 : 18.5}) scale(${t.hair === 'afro' ? 0.46 : 0.52})`}
      >
        <PersonHead traits={t} mood="happy" />
      </g>
    </g>
  );
}

/** A round chat profile picture; decorative, since the chat shows the name as text. */
export function Avatar({ avatar, size = 40 }: AvatarProps) {
  const clipId = useId();
  const icon = avatar in ICONS ? ICONS[avatar as keyof typeof ICONS] : undefined;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 40 40"
      aria-hidden="true"
      focusable="false"
      data-avatar={avatar}
    >
      <clipPath id={clipId}>
        <circle cx={20} cy={20} r={20} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {icon ? (
          <g>
            <rect width={40} height={40} fill={icon.bg} />
            {icon.art}
          </g>
        ) : (
          <CastPortrait id={avatar as CharacterId} />
        )}
      </g>
    </svg>
  );
}
