import type { ReactNode } from 'react';
import type { HairStyle, Mood, PersonTraits } from './cast';
import { shade, tint } from './colour';
import { Face } from './face';

export type PersonHeadProps = { traits: PersonTraits; mood: Mood };

/** The top of the hair, from the left temple over the crown to the right temple, at `sideY`. */
const dome = (sideY: number, rise = 31) => `M-21.5 ${sideY}C-23 -${rise} 23 -${rise} 21.5 ${sideY}`;

/** Circles along the crown: curly hair outlines that read at thumbnail size. */
function bumps(cx: number, cy: number, radius: number, from: number, to: number, r: number, fill: string) {
  const out: ReactNode[] = [];
  for (let a = from; a <= to; a += 20) {
    const rad = (a * Math.PI) / 180;
    out.push(
      <circle key={a} cx={cx + radius * Math.cos(rad)} cy={cy + radius * Math.sin(rad)} r={r} fill={fill} />,
    );
  }
  return out;
}

/** Hair behind the head (long hair, puffs, buns) and in front of it (crown and fringe), in head units. */
function hair(style: HairStyle, c: string): { back?: ReactNode; front?: ReactNode } {
  const dark = shade(c, 0.25);
  switch (style) {
    case 'short':
      return { front: <path d={`${dome(2)}C18-10 10-14 3-12C-5-15-15-11-21.5 2Z`} fill={c} /> };
    case 'messy':
      return {
        front: (
          <path
            d={`${dome(2)}L17-6 13-11 8-6 4-12-1-7-6-12-10-7-15-10-21.5 2ZM-12-20-8-29-3-22 1-31 5-22 10-28 12-19Z`}
            fill={c}
          />
        ),
      };
    case 'side-part':
      return { front: <path d={`${dome(2)}C19-12 6-17-5-9C-11-12-18-8-21.5 2Z`} fill={c} /> };
    case 'wavy':
      return {
        front: <path d={`${dome(2)}Q17-6 13-11Q9-5 5-11Q1-5-3-11Q-7-5-11-10Q-16-5-21.5 2Z`} fill={c} />,
      };
    case 'fade':
      return { front: <path d={`${dome(-2, 28)}C19-9 14-13 0-13C-14-13-19-9-21.5-2Z`} fill={c} /> };
    case 'curly':
      return {
        front: (
          <g fill={c}>
            <path d={`${dome(0, 28)}C18-10 10-11 0-11C-10-11-18-10-21.5 0Z`} />
            {bumps(0, -2, 20, -180, 0, 5.4, c)}
          </g>
        ),
      };
    case 'bob':
      return {
        back: <path d="M-24.5-4C-26-32 26-32 24.5-4V17Q24.5 20 21 20H-21Q-24.5 20-24.5 17Z" fill={c} />,
        front: <path d={`${dome(12)}H20L19.5-7H-19.5L-20 12Z`} fill={c} />,
      };
    case 'long':
      return {
        back: <path d="M-24-4C-26-32 26-32 24-4L27 42Q0 48-27 42Z" fill={c} />,
        front: <path d={`${dome(9)}C19-6 8-15 0-16C-8-15-19-6-21.5 9Z`} fill={c} />,
      };
    case 'shoulder':
      return {
        back: (
          <path d="M-25-4C-27-32 27-32 25-4Q30 14 26 27Q20 31 14 27H-14Q-20 31-26 27Q-30 14-25-4Z" fill={c} />
        ),
        front: <path d={`${dome(7)}C20-8 12-15-3-14C-10-10-18-6-21.5 7Z`} fill={c} />,
      };
    case 'ponytail':
      return {
        back: (
          <g>
            <path d="M12-19C31-24 37-4 32 11C30 19 25 24 23 19C27 8 27-5 15-11Z" fill={c} />
            <circle cx={19.5} cy={-16} r={3.4} fill="#e9849a" />
          </g>
        ),
        front: <path d={`${dome(1)}C18-10 10-14 2-12C-6-10-14-10-21.5 1Z`} fill={c} />,
      };
    case 'puffs':
      return {
        back: (
          <g fill={c}>
            {[-1, 1].map((s) => (
              <g key={s}>
                <circle cx={s * 19} cy={-18} r={9.5} />
                {bumps(s * 19, -18, 9, 0, 340, 3.6, c)}
                <circle cx={s * 13.5} cy={-13} r={2.8} fill="#f5d061" />
              </g>
            ))}
          </g>
        ),
        front: <path d={`${dome(-1, 29)}C18-10 12-13 0-13C-12-13-18-10-21.5-1Z`} fill={c} />,
      };
    case 'braids':
      return {
        back: (
          <g strokeLinecap="round">
            <path d="M-23-4C-25-30 25-30 23-4Z" fill={c} />
            {[-24, -19.5, -15, 15, 19.5, 24].map((x) => (
              <g key={x}>
                <path d={`M${x} -8V${32 + (Math.abs(x) % 3)}`} stroke={c} strokeWidth={4.6} />
                <path
                  d={`M${x} -6V${30 + (Math.abs(x) % 3)}`}
                  stroke={tint(c, 0.25)}
                  strokeWidth={1.2}
                  strokeDasharray="2 3"
                />
                <circle cx={x} cy={35 + (Math.abs(x) % 3)} r={2.6} fill={x < 0 ? '#f5d061' : '#7fd3c5'} />
              </g>
            ))}
          </g>
        ),
        front: (
          <g>
            <path d={`${dome(2)}C18-10 6-14 0-14C-6-14-18-10-21.5 2Z`} fill={c} />
            <path d="M0-14V-23" stroke={tint(c, 0.3)} strokeWidth={1} />
          </g>
        ),
      };
    case 'bun':
      return {
        back: <circle cx={0} cy={-25} r={9} fill={c} />,
        front: (
          <g>
            <path d={`${dome(2)}C19-12 10-16 0-16C-10-16-19-12-21.5 2Z`} fill={c} />
            <path d="M-10-15Q-8-21-3-23M10-15Q8-21 3-23" stroke={dark} strokeWidth={1} fill="none" />
          </g>
        ),
      };
    case 'afro':
      return {
        back: (
          <g fill={c}>
            <circle cx={0} cy={-8} r={27} />
            {bumps(0, -8, 27, -200, 20, 6, c)}
          </g>
        ),
        front: <path d={`${dome(-1, 29)}C16-12 8-13 0-13C-8-13-16-12-21.5-1Z`} fill={c} />,
      };
    case 'bald':
      return {
        front: (
          <path
            d="M-21.5 4C-23-6-19-12-14-14C-17-6-17 0-16 4ZM21.5 4C23-6 19-12 14-14C17-6 17 0 16 4Z"
            fill={c}
          />
        ),
      };
    case 'cap':
      return {
        front: (
          <g>
            <path
              d="M-21.2 4Q-21.5-2-19-7H-15.5Q-17.5-1-17 4ZM21.2 4Q21.5-2 19-7H15.5Q17.5-1 17 4Z"
              fill="#2a1d17"
            />
            <path d={`${dome(-6, 32)}Z`} fill={c} />
            <path d="M-23-6Q0-13 23-6Q27-2 22-1.5Q0-7-22-1.5Q-27-2-23-6Z" fill={shade(c, 0.3)} />
            <circle cx={0} cy={-24} r={2} fill={shade(c, 0.3)} />
          </g>
        ),
      };
    case 'hijab':
      return {
        back: (
          <g fill={c}>
            <circle cx={0} cy={-1} r={26} />
            <path d="M-24 6Q-31 30-21 40H21Q31 30 24 6Z" />
          </g>
        ),
        front: (
          <g>
            <path d={`${dome(3, 29)}C19-10 12-14 0-14C-12-14-19-10-21.5 3Z`} fill={tint(c, 0.12)} />
            <path d="M-24 24Q0 34 24 24" stroke={shade(c, 0.2)} strokeWidth={1.2} fill="none" />
          </g>
        ),
      };
  }
}

const COVERS_EARS: readonly HairStyle[] = ['bob', 'long', 'shoulder', 'hijab'];

/** A person's head in head units (radius 20, centred on the origin); the caller places and scales it. */
export function PersonHead({ traits, mood }: PersonHeadProps) {
  const { skin, extras = [] } = traits;
  const { back, front } = hair(traits.hair, traits.hairColour);
  const hasBeard = extras.includes('beard');
  const hasMoustache = extras.includes('moustache');
  return (
    <g>
      {back}
      {COVERS_EARS.includes(traits.hair) ? null : (
        <g>
          {[-1, 1].map((s) => (
            <g key={s}>
              <circle cx={s * 19.6} cy={3} r={4.4} fill={skin} />
              <circle cx={s * 20} cy={3} r={2} fill={shade(skin, 0.15)} />
            </g>
          ))}
        </g>
      )}
      <circle r={20} fill={skin} />
      {hasBeard ? (
        <path
          d="M-20-1C-21 20-10 26 0 26S21 20 20-1C17 9 12 11 7 12.5Q0 20-7 12.5C-12 11-17 9-20-1Z"
          fill={traits.hairColour}
        />
      ) : null}
      <ellipse cx={0} cy={5.4} rx={1.8} ry={1.3} fill={shade(skin, 0.25)} />
      {extras.includes('freckles') ? (
        <g fill="#c0784e">
          {[-1, 1].map((s) => (
            <g key={s}>
              <circle cx={s * 10} cy={6.5} r={0.9} />
              <circle cx={s * 12.6} cy={8.6} r={0.9} />
              <circle cx={s * 13.6} cy={5.6} r={0.9} />
            </g>
          ))}
        </g>
      ) : null}
      <Face mood={mood} mouthY={hasBeard || hasMoustache ? 11.5 : 10} />
      {hasMoustache ? (
        <path
          d="M-7.5 9.6Q-4 5.4 0 7.6Q4 5.4 7.5 9.6Q4 10.4 0 9.2Q-4 10.4-7.5 9.6Z"
          fill={traits.hairColour}
        />
      ) : null}
      {front}
      {extras.includes('glasses') ? (
        <g stroke="#39364a" strokeWidth={1.5} fill="#ffffff" fillOpacity={0.15}>
          <circle cx={-7.5} cy={1} r={5.8} />
          <circle cx={7.5} cy={1} r={5.8} />
          <path d="M-1.7.6Q0-.8 1.7.6M-13.3 0-19.5-1M13.3 0 19.5-1" fill="none" />
        </g>
      ) : null}
      {extras.includes('hearing-aid') ? (
        // A bright hearing aid, the way many children choose them: visible on purpose, not hidden.
        <g>
          <path
            d="M-21.6-2Q-26 2-23.8 8.5"
            stroke="#2f9fb3"
            strokeWidth={3.2}
            strokeLinecap="round"
            fill="none"
          />
          <circle cx={-19.2} cy={3.6} r={1.3} fill="#2f9fb3" />
        </g>
      ) : null}
    </g>
  );
}
