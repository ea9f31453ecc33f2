import type { BodyLayout, BodySize } from './body-layout';
import { Device, type DeviceKind } from './device';

type LimbsProps = { layout: BodyLayout; size: BodySize; x: number };
export type LegsProps = LimbsProps & { floorY: number; colour: string; shoe: string };
export type LapProps = LimbsProps & { colour: string; flare?: number };
export type ArmsProps = LimbsProps & {
  colour: string;
  /** Sleeve colour over the upper arm, for short sleeves (the rest of the arm is `colour`, the skin). */
  sleeve?: string;
  hand: string;
  device?: DeviceKind;
};

/** Legs and shoes: straight down when standing; seated, only the shins show below the lap. */
export function Legs({ layout, size, x, floorY, colour, shoe }: LegsProps) {
  const { pose, hipY } = layout;
  const { legW, legH } = size;
  const isStanding = pose === 'stand';
  const top = isStanding ? hipY - 3 : hipY + 2;
  const bottom =
    pose === 'wheelchair'
      ? floorY - 10
      : isStanding
        ? floorY - 3
        : Math.min(floorY - 4, hipY + 4 + Math.max(legH * 0.55, 12));
  const gap = isStanding ? 1 : 2;
  return (
    <g>
      {[-1, 1].map((s) => (
        <g key={s}>
          <rect
            x={s < 0 ? x - legW - gap : x + gap}
            y={top}
            width={legW}
            height={bottom - top}
            fill={colour}
          />
          <ellipse cx={x + s * (legW / 2 + gap + 1.5)} cy={bottom} rx={legW / 2 + 2.5} ry={3.7} fill={shoe} />
        </g>
      ))}
    </g>
  );
}

/** A seated lap, seen from the front: it covers the bottom of the top, so draw it after the torso. */
export function Lap({ layout, size, x, colour, flare = 0 }: LapProps) {
  if (layout.pose === 'stand') return null;
  const w = size.torsoW + flare * 2;
  return <rect x={x - w / 2} y={layout.hipY - 6} width={w} height={13} rx={6} fill={colour} />;
}

/** Both arms, the held device between them, and the hands over its edges so it looks gripped. */
export function Arms({ layout, size, colour, sleeve, hand, device }: ArmsProps) {
  const line = { fill: 'none', strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  return (
    <g>
      {layout.arms.map(([a, b, c], i) => (
        <g key={i} {...line}>
          <path d={`M${a.x} ${a.y}L${b.x} ${b.y}L${c.x} ${c.y}`} stroke={colour} strokeWidth={size.armW} />
          {sleeve ? (
            <path
              d={`M${a.x} ${a.y}L${(a.x + b.x * 2) / 3} ${(a.y + b.y * 2) / 3}`}
              stroke={sleeve}
              strokeWidth={size.armW + 1.5}
            />
          ) : null}
        </g>
      ))}
      {device && layout.deviceAt ? (
        <g transform={`translate(${layout.deviceAt.x} ${layout.deviceAt.y}) scale(${layout.deviceScale})`}>
          <Device device={device} />
        </g>
      ) : null}
      {layout.arms.map((arm, i) => (
        <circle key={i} cx={arm[2].x} cy={arm[2].y} r={size.handR} fill={hand} />
      ))}
    </g>
  );
}
