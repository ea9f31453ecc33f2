import { ANIMALS, type AnimalKind, type Mood } from './cast';
import { layoutBody, torsoPath, type BodySize } from './body-layout';
import { shade } from './colour';
import type { DeviceKind } from './device';
import { Face } from './face';
import { Arms, Lap, Legs } from './limbs';

export type AnimalHeadProps = { kind: AnimalKind; mood: Mood };
export type AnimalProps = {
  kind: AnimalKind;
  mood: Mood;
  x: number;
  floorY: number;
  seatY?: number;
  device?: DeviceKind;
};

const SIZE: BodySize = {
  headR: 18,
  torsoW: 28,
  torsoH: 26,
  legH: 14,
  legW: 9,
  armW: 7.5,
  armLen: 24,
  handR: 4.2,
};
const OWL_SIZE: BodySize = { ...SIZE, headR: 19, torsoW: 34, torsoH: 28, legH: 8, armW: 9 };

export const animalSize = (kind: AnimalKind): BodySize => (kind === 'owl' ? OWL_SIZE : SIZE);

/** An animal friend's head in head units (radius 20, centred on the origin), with the same moods as the people. */
export function AnimalHead({ kind, mood }: AnimalHeadProps) {
  const { fur, light, dark } = ANIMALS[kind];
  switch (kind) {
    case 'fox':
      return (
        <g>
          <path d="M-19-5-16-31-3-18ZM19-5 16-31 3-18Z" fill={fur} strokeLinejoin="round" />
          <path d="M-15-12-14.5-25-7-18ZM15-12 14.5-25 7-18Z" fill={shade(fur, 0.35)} />
          <circle r={20} fill={fur} />
          <path d="M-20 3Q-14 1-7 4Q0 6 7 4Q14 1 20 3Q16 20 0 20Q-16 20-20 3Z" fill={light} />
          <ellipse cx={0} cy={5} rx={2.8} ry={2} fill={dark} />
          <Face mood={mood} eyeY={-3} mouthY={11} hasBlush={false} />
        </g>
      );
    case 'bear':
      return (
        <g>
          {[-1, 1].map((s) => (
            <g key={s}>
              <circle cx={s * 14.5} cy={-15} r={7.5} fill={fur} />
              <circle cx={s * 14.5} cy={-15} r={4} fill={light} />
            </g>
          ))}
          <circle r={20} fill={fur} />
          <ellipse cx={0} cy={9} rx={10} ry={8} fill={light} />
          <ellipse cx={0} cy={4.8} rx={3.3} ry={2.3} fill={dark} />
          <Face mood={mood} eyeY={-3} mouthY={11} hasBlush={false} />
        </g>
      );
    case 'rabbit':
      return (
        <g>
          {[-1, 1].map((s) => (
            <g key={s} transform={`rotate(${s * 8} ${s * 7} -14)`}>
              <ellipse cx={s * 7.5} cy={-28} rx={5.8} ry={15} fill={fur} />
              <ellipse cx={s * 7.5} cy={-27} rx={2.8} ry={11} fill={dark} />
            </g>
          ))}
          <circle r={20} fill={fur} />
          <ellipse cx={0} cy={10} rx={9} ry={6.5} fill={light} />
          <path d="M-2.4 4.6H2.4L0 7.2Z" fill={dark} strokeLinejoin="round" stroke={dark} />
          <path d="M-8 8-16 7M-8 10.5-16 12M8 8 16 7M8 10.5 16 12" stroke="#a7a6b8" strokeWidth={0.7} />
          <Face mood={mood} eyeY={-3} mouthY={10.5} />
        </g>
      );
    case 'owl':
      return (
        <g>
          <path d="M-15-14-20-27-8-18.5ZM15-14 20-27 8-18.5Z" fill={shade(fur, 0.2)} />
          <circle r={20} fill={fur} />
          <circle cx={-8} cy={-2} r={9} fill={light} />
          <circle cx={8} cy={-2} r={9} fill={light} />
          <Face mood={mood} eyeY={-2} eyeDX={8} mouthY={14} hasBlush={false} />
          <path d="M-2.8 4.5H2.8L0 9.6Z" fill={dark} stroke={dark} strokeLinejoin="round" />
        </g>
      );
  }
}

/** An animal friend for the youngest band: child-like proportions, simply dressed, same poses and hands as people. */
export function Animal({ kind, mood, x, floorY, seatY, device }: AnimalProps) {
  const t = ANIMALS[kind];
  const size = animalSize(kind);
  const layout = layoutBody({ size, x, floorY, seatY, device });
  const { hipY, shoulderY: sy } = layout;
  const { torsoW: w } = size;
  const h = hipY - sy;
  const isDungarees = t.outfit === 'dungarees';
  const limb = kind === 'owl' ? shade(t.fur, 0.15) : t.fur;
  const limbs = { layout, size, x };
  return (
    <g>
      {kind === 'fox' ? (
        // The tail curls out from behind the right hip, white tip up.
        <g transform={`translate(${x} ${hipY})`}>
          <path d="M6 0C30 10 46-4 42-32C34-16 22-8 6-9Z" fill={shade(t.fur, 0.08)} />
          <path d="M42-32C45-24 44-20 43-17C38-19 36-22 34-24Z" fill={t.light} />
        </g>
      ) : null}
      <Legs
        {...limbs}
        floorY={floorY}
        colour={isDungarees ? t.outfitColour : kind === 'owl' ? t.dark : t.fur}
        shoe={kind === 'owl' ? t.dark : shade(t.fur, 0.2)}
      />
      <path d={torsoPath(x, w, sy, hipY + 2, 10)} fill={t.outfit === 'tshirt' ? t.outfitColour : t.fur} />
      <g transform={`translate(${x} ${sy})`}>
        {t.outfit === 'tshirt' ? null : <ellipse cy={h / 2 + 3} rx={w * 0.3} ry={h * 0.36} fill={t.light} />}
        {kind === 'owl' ? (
          <path
            d="M-7.5 10l2.5 2.5 2.5-2.5M2.5 10l2.5 2.5 2.5-2.5M-2.5 16l2.5 2.5 2.5-2.5"
            stroke={shade(t.light, 0.3)}
            strokeWidth={1.2}
            fill="none"
          />
        ) : null}
        {isDungarees ? (
          <g fill={t.outfitColour}>
            <rect x={-w * 0.32} y={h * 0.35} width={w * 0.64} height={h * 0.7} rx={2} />
            <path
              d={`M${3 - w / 2} 1L${-w * 0.28} ${h * 0.4}M${w / 2 - 3} 1L${w * 0.28} ${h * 0.4}`}
              stroke={t.outfitColour}
              strokeWidth={3}
            />
            <circle cx={-w * 0.22} cy={h * 0.45} r={1.4} fill="#f5d061" />
            <circle cx={w * 0.22} cy={h * 0.45} r={1.4} fill="#f5d061" />
          </g>
        ) : null}
      </g>
      <Lap {...limbs} colour={isDungarees ? t.outfitColour : t.fur} />
      <Arms {...limbs} colour={limb} hand={limb} device={device} />
      <g transform={`translate(${x} ${layout.headY}) scale(${size.headR / 20})`}>
        <AnimalHead kind={kind} mood={mood} />
      </g>
      {t.outfit === 'scarf' ? (
        <g fill={t.outfitColour} transform={`translate(${x} ${sy})`}>
          <rect x={-w * 0.42} y={-3} width={w * 0.84} height={7} rx={3.5} />
          <rect x={2} y={1} width={6} height={14} rx={2} transform="rotate(-8 5 1)" />
        </g>
      ) : null}
    </g>
  );
}
