import type { Build, Mood, PersonTraits } from './cast';
import { armPath, layoutBody, type BodySize } from './body-layout';
import { shade, tint } from './colour';
import { Device, type DeviceKind } from './device';
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

const SHOE = '#4a4458';
const FRAME = '#3c475c';

/** One cast member, drawn from their row in the cast table; standing, seated, or in their wheelchair. */
export function Person({ traits, mood, x, floorY, seatY, device }: PersonProps) {
  const size = BUILD_SIZES[traits.build];
  const extras = traits.extras ?? [];
  const layout = layoutBody({
    size,
    x,
    floorY,
    seatY,
    device,
    isWheelchairUser: extras.includes('wheelchair'),
  });
  const { pose, hipY, shoulderY: sy } = layout;
  const { torsoW: w, legW, legH, headR } = size;
  const l = x - w / 2;
  const r = x + w / 2;
  const top = traits.topColour;
  const isShortSleeve = traits.top === 'tshirt' || traits.top === 'dress';
  const legColour = traits.bottom === 'trousers' ? traits.bottomColour : traits.skin;
  const shinEnd = pose === 'wheelchair' ? floorY - 10 : Math.min(floorY - 4, hipY + 4 + legH * 0.55);

  return (
    <g>
      {pose === 'wheelchair' ? (
        <g>
          <path
            d={`M${l - 3} ${hipY}V${sy - 4}M${r + 3} ${hipY}V${sy - 4}`}
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
          <circle cx={r - 4} cy={floorY - 3} r={3} fill={FRAME} />
        </g>
      ) : null}

      {pose === 'stand' ? (
        <g>
          {[-1, 1].map((s) => (
            <g key={s}>
              <rect
                x={s < 0 ? x - legW - 1 : x + 1}
                y={hipY - 3}
                width={legW}
                height={legH - 1}
                fill={legColour}
              />
              <ellipse
                cx={x + s * (legW / 2 + 2.5)}
                cy={floorY - 3}
                rx={legW / 2 + 2.5}
                ry={3.8}
                fill={SHOE}
              />
            </g>
          ))}
          {traits.bottom === 'shorts' ? (
            <path
              d={`M${l + 2} ${hipY - 3}H${r - 2}L${r - 1} ${hipY + legH * 0.4}H${x + 1}L${x} ${hipY + 4}L${x - 1} ${hipY + legH * 0.4}H${l + 1}Z`}
              fill={traits.bottomColour}
            />
          ) : null}
          {traits.bottom === 'skirt' ? (
            <path
              d={`M${l + 1} ${hipY - 4}H${r - 1}L${r + 5} ${hipY + legH * 0.45}H${l - 5}Z`}
              fill={traits.bottomColour}
            />
          ) : null}
        </g>
      ) : (
        <g>
          {[-1, 1].map((s) => (
            <g key={s}>
              <rect
                x={s < 0 ? x - legW - 2 : x + 2}
                y={hipY + 2}
                width={legW}
                height={shinEnd - hipY - 2}
                fill={legColour}
              />
              <ellipse cx={x + s * (legW / 2 + 3)} cy={shinEnd} rx={legW / 2 + 2.5} ry={3.6} fill={SHOE} />
            </g>
          ))}
        </g>
      )}

      <rect x={x - 4} y={sy - 6} width={8} height={9} fill={shade(traits.skin, 0.1)} />
      <path
        d={`M${l} ${hipY + 1}V${sy + 7}Q${l} ${sy} ${l + 7} ${sy}H${r - 7}Q${r} ${sy} ${r} ${sy + 7}V${hipY + 1}Z`}
        fill={top}
      />
      <TopDetails traits={traits} x={x} sy={sy} hipY={hipY} w={w} />
      {pose === 'stand' ? null : (
        // Seen from the front, a seated lap sits over the bottom of the top.
        <rect
          x={traits.bottom === 'skirt' ? l - 3 : l}
          y={hipY - 6}
          width={traits.bottom === 'skirt' ? w + 6 : w}
          height={13}
          rx={6}
          fill={traits.bottomColour}
        />
      )}

      {layout.arms.map((arm, i) => (
        <g key={i} fill="none" strokeLinecap="round" strokeLinejoin="round">
          <path
            d={armPath(arm)}
            stroke={isShortSleeve ? traits.skin : shade(top, 0.12)}
            strokeWidth={size.armW}
          />
          {isShortSleeve ? (
            <path
              d={`M${arm[0].x} ${arm[0].y}L${(arm[0].x + arm[1].x * 2) / 3} ${(arm[0].y + arm[1].y * 2) / 3}`}
              stroke={shade(top, 0.12)}
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
        <circle key={i} cx={arm[2].x} cy={arm[2].y} r={size.handR} fill={traits.skin} />
      ))}

      <g transform={`translate(${x} ${layout.headY}) scale(${headR / 20})`}>
        <PersonHead traits={traits} mood={mood} />
      </g>
    </g>
  );
}

type TopDetailsProps = { traits: PersonTraits; x: number; sy: number; hipY: number; w: number };

/** Collars, pockets and the small things (lanyard, whistle) that tell one outfit from another. */
function TopDetails({ traits, x, sy, hipY, w }: TopDetailsProps) {
  const top = traits.topColour;
  const extras = traits.extras ?? [];
  const line = { fill: 'none', strokeLinecap: 'round' } as const;
  return (
    <g>
      {traits.top === 'tshirt' || traits.top === 'dress' ? (
        <path
          d={`M${x - 5} ${sy}Q${x} ${sy + 5} ${x + 5} ${sy}`}
          stroke={shade(top, 0.2)}
          strokeWidth={1.5}
          {...line}
        />
      ) : null}
      {traits.top === 'jumper' ? (
        <g fill={shade(top, 0.12)}>
          <rect x={x - w / 2} y={hipY - 4} width={w} height={5} />
          <path d={`M${x - 6} ${sy}Q${x} ${sy + 6} ${x + 6} ${sy}Z`} />
        </g>
      ) : null}
      {traits.top === 'hoodie' ? (
        <g>
          <ellipse cx={x} cy={sy + 1} rx={w * 0.36} ry={5} fill={shade(top, 0.18)} />
          <path
            d={`M${x - 3} ${sy + 4}V${sy + 13}M${x + 3} ${sy + 4}V${sy + 13}`}
            stroke="#f4f1ea"
            strokeWidth={1.4}
            {...line}
          />
          <rect
            x={x - w * 0.3}
            y={hipY - (hipY - sy) * 0.38}
            width={w * 0.6}
            height={(hipY - sy) * 0.3}
            rx={3}
            fill={shade(top, 0.1)}
          />
        </g>
      ) : null}
      {traits.top === 'cardigan' ? (
        <g>
          <path d={`M${x - 5} ${sy}L${x} ${sy + 9}L${x + 5} ${sy}Z`} fill={tint(top, 0.75)} />
          <path d={`M${x} ${sy + 9}V${hipY}`} stroke={shade(top, 0.2)} strokeWidth={1.2} />
          {[0.45, 0.65, 0.85].map((t) => (
            <circle key={t} cx={x + 2} cy={sy + (hipY - sy) * t} r={1.3} fill={tint(top, 0.6)} />
          ))}
        </g>
      ) : null}
      {traits.top === 'tracksuit' ? (
        <g>
          <path d={`M${x} ${sy + 2}V${hipY}`} stroke={tint(top, 0.6)} strokeWidth={1.4} />
          <path d={`M${x - 6} ${sy}H${x + 6}`} stroke="#f4f1ea" strokeWidth={2.5} />
        </g>
      ) : null}
      {extras.includes('lanyard') ? (
        <g>
          <path
            d={`M${x - 6} ${sy}L${x} ${sy + 17}L${x + 6} ${sy}`}
            stroke="#f5d061"
            strokeWidth={1.6}
            {...line}
          />
          <rect x={x - 4.5} y={sy + 16} width={9} height={11} rx={1.5} fill="#fdfbf5" />
          <rect x={x - 4.5} y={sy + 16} width={9} height={3} rx={1} fill="#5b8bd6" />
        </g>
      ) : null}
      {extras.includes('whistle') ? (
        <g>
          <path
            d={`M${x - 6} ${sy}Q${x} ${sy + 17} ${x + 6} ${sy}`}
            stroke="#f4f1ea"
            strokeWidth={1.2}
            {...line}
          />
          <rect x={x - 2} y={sy + 10} width={7} height={4} rx={2} fill="#c9d1dd" />
          <circle cx={x - 1} cy={sy + 12.5} r={2.6} fill="#aeb8c7" />
        </g>
      ) : null}
    </g>
  );
}
