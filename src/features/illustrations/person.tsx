import type { Build, Mood, PersonTraits } from './cast';
import { layoutBody, torsoPath, type BodySize } from './body-layout';
import { shade, tint } from './colour';
import type { DeviceKind } from './device';
import { Arms, Lap, Legs } from './limbs';
import { PersonHead } from './person-head';

export type PersonProps = {
  traits: PersonTraits;
  mood: Mood;
  /** Centre line and floor, in scene pixels. */
  x: number;
  floorY: number;
  /** When set, the person sits with hips at this height (wheelchair users always sit in their chair). */
  seatY?: number;
  device?: DeviceKind;
};

export const BUILD_SIZES: Record<Build, BodySize> = {
  child: { headR: 17, torsoW: 30, torsoH: 32, legH: 30, legW: 10, armW: 7.5, armLen: 30, handR: 4 },
  teen: { headR: 15.5, torsoW: 33, torsoH: 42, legH: 44, legW: 11, armW: 8, armLen: 40, handR: 4.3 },
  adult: { headR: 15.5, torsoW: 38, torsoH: 48, legH: 50, legW: 13, armW: 9, armLen: 45, handR: 4.8 },
};

const FRAME = '#3c475c';

/** One cast member, drawn from their row in the cast table; standing, seated, or in their wheelchair. */
export function Person({ traits, mood, x, floorY, seatY, device }: PersonProps) {
  const size = BUILD_SIZES[traits.build];
  const extras = traits.extras ?? [];
  const isWheelchairUser = extras.includes('wheelchair');
  const layout = layoutBody({ size, x, floorY, seatY, device, isWheelchairUser });
  const { pose, hipY, shoulderY: sy } = layout;
  const { torsoW: w, legH } = size;
  const sleeve = shade(traits.topColour, 0.12);
  const isShortSleeve = traits.top === 'tshirt' || traits.top === 'dress';
  const limbs = { layout, size, x };
  return (
    <g>
      {isWheelchairUser ? <Wheelchair x={x} floorY={floorY} hipY={hipY} sy={sy} w={w} /> : null}
      <Legs
        {...limbs}
        floorY={floorY}
        colour={traits.bottom === 'trousers' ? traits.bottomColour : traits.skin}
        shoe="#4a4458"
      />
      {pose === 'stand' && traits.bottom !== 'trousers' ? (
        <path
          d={
            traits.bottom === 'skirt'
              ? `M${x - w / 2 + 1} ${hipY - 4}H${x + w / 2 - 1}l6 ${legH * 0.45 + 4}H${x - w / 2 - 5}Z`
              : `M${x - w / 2 + 2} ${hipY - 3}H${x + w / 2 - 2}l1 ${legH * 0.4 + 3}H${x + 1}L${x} ${hipY + 4}l-1 ${legH * 0.4 - 4}H${x - w / 2 + 1}Z`
          }
          fill={traits.bottomColour}
        />
      ) : null}
      <rect x={x - 4} y={sy - 6} width={8} height={9} fill={shade(traits.skin, 0.1)} />
      <path d={torsoPath(x, w, sy, hipY + 1, 7)} fill={traits.topColour} />
      <g transform={`translate(${x} ${sy})`}>
        <TopDetails traits={traits} w={w} h={hipY - sy} />
      </g>
      <Lap {...limbs} colour={traits.bottomColour} flare={traits.bottom === 'skirt' ? 3 : 0} />
      <Arms
        {...limbs}
        colour={isShortSleeve ? traits.skin : sleeve}
        sleeve={isShortSleeve ? sleeve : undefined}
        hand={traits.skin}
        device={device}
      />
      <g transform={`translate(${x} ${layout.headY}) scale(${size.headR / 20})`}>
        <PersonHead traits={traits} mood={mood} />
      </g>
    </g>
  );
}

type WheelchairProps = { x: number; floorY: number; hipY: number; sy: number; w: number };

/** A manual wheelchair seen from the front: push handles, backrest, both big wheels, castors and footplate. */
function Wheelchair({ x, floorY, hipY, sy, w }: WheelchairProps) {
  const l = x - w / 2;
  return (
    <g>
      <path
        d={`M${l - 3} ${hipY}V${sy - 4}M${l + w + 3} ${hipY}V${sy - 4}`}
        stroke={FRAME}
        strokeWidth={3}
        strokeLinecap="round"
      />
      <rect x={l - 3} y={sy + 4} width={w + 6} height={hipY - sy - 2} rx={3} fill="#5b8fc0" />
      {[-1, 1].map((s) => (
        <g key={s} transform={`translate(${x + s * (w / 2 + 8)} ${floorY - 21})`}>
          <ellipse rx={8.5} ry={21} fill={FRAME} />
          <ellipse rx={5.6} ry={17.5} fill="#dfe5ee" />
          <path d="M0-17V17M-5 0H5M-4-12 4 12M4-12-4 12" stroke="#9aa6b8" strokeWidth={0.9} />
          <ellipse rx={2} ry={3.2} fill={FRAME} />
        </g>
      ))}
      <rect x={l + 2} y={floorY - 9} width={w - 4} height={3} rx={1.5} fill={FRAME} />
      <circle cx={l + 4} cy={floorY - 3} r={3} fill={FRAME} />
      <circle cx={l + w - 4} cy={floorY - 3} r={3} fill={FRAME} />
    </g>
  );
}

type TopDetailsProps = { traits: PersonTraits; w: number; h: number };

/** Collars, pockets and the small things (lanyard, whistle) that tell outfits apart; origin at the neck. */
function TopDetails({ traits, w, h }: TopDetailsProps) {
  const c = traits.topColour;
  const extras = traits.extras ?? [];
  const line = { fill: 'none', strokeLinecap: 'round' } as const;
  const trim = {
    tshirt: <path d="M-5 0Q0 5 5 0" stroke={shade(c, 0.2)} strokeWidth={1.5} {...line} />,
    dress: <path d="M-5 0Q0 5 5 0" stroke={shade(c, 0.2)} strokeWidth={1.5} {...line} />,
    jumper: <path d={`M-6 0Q0 6 6 0ZM${-w / 2} ${h - 4}h${w}v5h${-w}Z`} fill={shade(c, 0.12)} />,
    hoodie: (
      <g>
        <ellipse cy={1} rx={w * 0.36} ry={5} fill={shade(c, 0.18)} />
        <path d="M-3 4V13M3 4V13" stroke="#f4f1ea" strokeWidth={1.4} {...line} />
        <rect x={-w * 0.3} y={h * 0.62} width={w * 0.6} height={h * 0.3} rx={3} fill={shade(c, 0.1)} />
      </g>
    ),
    cardigan: (
      <g>
        <path d="M-5 0 0 9 5 0Z" fill={tint(c, 0.75)} />
        <path d={`M0 9V${h}`} stroke={shade(c, 0.2)} strokeWidth={1.2} />
        {[0.45, 0.65, 0.85].map((t) => (
          <circle key={t} cx={2} cy={h * t} r={1.3} fill={tint(c, 0.6)} />
        ))}
      </g>
    ),
    tracksuit: <path d={`M-6 0H6M0 2V${h}`} stroke={tint(c, 0.6)} strokeWidth={2} />,
  }[traits.top];
  return (
    <g>
      {trim}
      {extras.includes('lanyard') ? (
        <g>
          <path d="M-6 0 0 17 6 0" stroke="#f5d061" strokeWidth={1.6} {...line} />
          <rect x={-4.5} y={16} width={9} height={11} rx={1.5} fill="#fdfbf5" />
          <rect x={-4.5} y={16} width={9} height={3} rx={1} fill="#5b8bd6" />
        </g>
      ) : null}
      {extras.includes('whistle') ? (
        <g>
          <path d="M-6 0Q0 17 6 0" stroke="#f4f1ea" strokeWidth={1.2} {...line} />
          <rect x={-2} y={10} width={7} height={4} rx={2} fill="#c9d1dd" />
          <circle cx={-1} cy={12.5} r={2.6} fill="#aeb8c7" />
        </g>
      ) : null}
    </g>
  );
}
