import { useId } from 'react';
import type { CharacterId, Mood } from './cast';
import type { DeviceKind } from './device';
import { Figure, figureSize, usesWheelchair } from './figure';

export type VideoCallProps = {
  characters: readonly CharacterId[];
  mood: Mood;
  /** The device the call is on; the frame follows it (a laptop unless a phone or tablet is named). */
  device?: DeviceKind;
};

type Rect = { x: number; y: number; w: number; h: number };

const FRAMES: Record<
  'laptop' | 'phone' | 'tablet',
  { bezel: Rect; radius: number; screen: Rect; camera: [number, number] }
> = {
  laptop: {
    bezel: { x: 28, y: 6, w: 344, h: 200 },
    radius: 10,
    screen: { x: 38, y: 16, w: 324, h: 180 },
    camera: [200, 11],
  },
  phone: {
    bezel: { x: 12, y: 20, w: 376, h: 196 },
    radius: 24,
    screen: { x: 34, y: 28, w: 332, h: 180 },
    camera: [23, 118],
  },
  tablet: {
    bezel: { x: 18, y: 8, w: 364, h: 220 },
    radius: 14,
    screen: { x: 30, y: 20, w: 340, h: 196 },
    camera: [200, 14],
  },
};

/** People in a video tile: heads and shoulders, scaled up and centred so faces stay the focus. */
function TilePeople({ ids, tile, mood }: { ids: readonly CharacterId[]; tile: Rect; mood: Mood }) {
  const zoom = ids.length > 1 ? 1.05 : 1.6;
  const spacing = 56;
  return (
    <g
      transform={`translate(${tile.x + tile.w / 2} ${tile.y + tile.h * (ids.length > 1 ? 0.4 : 0.45)}) scale(${zoom})`}
    >
      {ids.map((id, i) => {
        const size = figureSize(id);
        // Solve for the hip height that puts this figure's head centre on the tile's eye line (y = 0).
        const hipY = size.torsoH + size.headR * 0.9 + 1;
        const x = (i - (ids.length - 1) / 2) * spacing;
        return usesWheelchair(id) ? (
          <Figure key={i} id={id} mood={mood} x={x} floorY={hipY + 30} />
        ) : (
          <Figure key={i} id={id} mood={mood} x={x} floorY={hipY + 50} seatY={hipY} />
        );
      })}
    </g>
  );
}

/** A video call on a laptop, tablet or phone: two tiles, the cast shown inside them. */
export function VideoCall({ characters, mood, device }: VideoCallProps) {
  const clipId = useId();
  const frame = FRAMES[device === 'phone' || device === 'tablet' ? device : 'laptop'];
  const { screen, bezel } = frame;
  const gap = 6;
  const barH = 24;
  const tileW = (screen.w - gap * 3) / 2;
  const tileH = screen.h - gap * 2 - barH;
  const tiles: Rect[] = [0, 1].map((i) => ({
    x: screen.x + gap + i * (tileW + gap),
    y: screen.y + gap,
    w: tileW,
    h: tileH,
  }));
  const groups = [characters.slice(0, 1), characters.slice(1)];
  const barY = screen.y + screen.h - barH / 2 - 2;
  return (
    <g>
      <rect width={400} height={240} fill="#e8e1f4" />
      <rect y={204} width={400} height={36} fill="#dcb894" />
      {device === 'phone' || device === 'tablet' ? null : (
        <path d="M22 204H378L396 216Q398 220 392 220H8Q2 220 4 216Z" fill="#b5bfcd" />
      )}
      <rect x={bezel.x} y={bezel.y} width={bezel.w} height={bezel.h} rx={frame.radius} fill="#3d4459" />
      <circle cx={frame.camera[0]} cy={frame.camera[1]} r={2.2} fill="#6b7591" />
      <rect x={screen.x} y={screen.y} width={screen.w} height={screen.h} rx={4} fill="#e9edf3" />
      {tiles.map((tile, i) => {
        const id = `${clipId}-tile-${i}`;
        const people = groups[i] ?? [];
        return (
          <g key={i}>
            <clipPath id={id}>
              <rect x={tile.x} y={tile.y} width={tile.w} height={tile.h} rx={6} />
            </clipPath>
            <g clipPath={`url(#${id})`}>
              <rect
                x={tile.x}
                y={tile.y}
                width={tile.w}
                height={tile.h}
                fill={i === 0 ? '#f6ead7' : '#dcefe6'}
              />
              {i === 0 ? (
                <rect
                  x={tile.x + 12}
                  y={tile.y + 14}
                  width={30}
                  height={22}
                  rx={2}
                  fill="#cdeaf6"
                  stroke="#fbfaf7"
                  strokeWidth={3}
                />
              ) : (
                <path d={`M${tile.x + tile.w - 52} ${tile.y + 34}h40`} stroke="#b68f6c" strokeWidth={3} />
              )}
              {people.length > 0 ? (
                <TilePeople ids={people} tile={tile} mood={mood} />
              ) : (
                // Camera off: a plain placeholder, as call apps show it.
                <g fill="#aeb8c7">
                  <rect x={tile.x} y={tile.y} width={tile.w} height={tile.h} fill="#c9d1dd" />
                  <circle cx={tile.x + tile.w / 2} cy={tile.y + tile.h / 2 - 10} r={16} />
                  <path
                    d={`M${tile.x + tile.w / 2 - 28} ${tile.y + tile.h / 2 + 36}Q${tile.x + tile.w / 2} ${tile.y + tile.h / 2}  ${tile.x + tile.w / 2 + 28} ${tile.y + tile.h / 2 + 36}Z`}
                  />
                </g>
              )}
            </g>
          </g>
        );
      })}
      <g>
        <circle cx={176} cy={barY} r={8} fill="#5b6477" />
        <rect x={174} y={barY - 5} width={4} height={7} rx={2} fill="#fbfaf7" />
        <circle cx={200} cy={barY} r={8} fill="#5b6477" />
        <path d={`M195 ${barY - 3}h7v6h-7ZM202 ${barY}l4-3v6Z`} fill="#fbfaf7" />
        <circle cx={224} cy={barY} r={8} fill="#e38b6f" />
        <path
          d={`M219 ${barY + 1}q5-4 10 0`}
          stroke="#fbfaf7"
          strokeWidth={2.2}
          fill="none"
          strokeLinecap="round"
        />
      </g>
    </g>
  );
}
