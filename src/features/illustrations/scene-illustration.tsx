import type { Scene } from '../../shared/content/lesson-schema';
import { Figure, usesWheelchair } from './figure';
import { RoomBackdrop, roomLevels, type RoomSetting, type Slot } from './room-backdrop';
import { VideoCall } from './video-call';

export type SceneIllustrationProps = {
  scene: Scene;
  /** What the picture shows, in the learner's language; the only text the picture has. */
  alt: string;
};

/** Centre lines for one, two or three characters, spaced so arms, wheels and tails never touch. */
const SLOT_XS: Record<number, readonly number[]> = { 1: [200], 2: [148, 252], 3: [106, 200, 294] };
/** Fewer characters are drawn larger, so a lone child still reads at thumbnail size. */
const ZOOM: Record<number, number> = { 1: 1.25, 2: 1.12, 3: 1 };

/**
 * An illustrated lesson scene: the place, up to three characters showing the scene's mood, and the
 * device the first character uses. Scales to its container's width at a fixed 5:3 shape.
 */
export function SceneIllustration({ scene, alt }: SceneIllustrationProps) {
  const device = scene.device === 'none' ? undefined : scene.device;
  const characters = scene.characters.slice(0, 3);
  return (
    <svg
      viewBox="0 0 400 240"
      role="img"
      aria-label={alt}
      width="100%"
      preserveAspectRatio="xMidYMid meet"
      style={{ display: 'block', height: 'auto' }}
    >
      {scene.setting === 'video-call' ? (
        <VideoCall characters={characters} mood={scene.mood} device={device} />
      ) : (
        <Room setting={scene.setting} mood={scene.mood} characters={characters} device={device} />
      )}
    </svg>
  );
}

type RoomProps = {
  setting: RoomSetting;
  mood: Scene['mood'];
  characters: Scene['characters'];
  device?: Exclude<Scene['device'], 'none'>;
};

function Room({ setting, mood, characters, device }: RoomProps) {
  const { floorY, seatY } = roomLevels(setting);
  const xs = SLOT_XS[characters.length] ?? SLOT_XS[1] ?? [];
  const zoom = ZOOM[characters.length] ?? 1;
  const slots: Slot[] = characters.map((id, i) => ({ x: xs[i] ?? 200, hasOwnSeat: !usesWheelchair(id) }));
  return (
    <g>
      <RoomBackdrop setting={setting} slots={slots} />
      {characters.map((id, i) => {
        const x = slots[i]?.x ?? 200;
        return (
          <g
            key={`${id}-${i}`}
            transform={`translate(${x} ${floorY}) scale(${zoom}) translate(${-x} ${-floorY})`}
          >
            <Figure
              id={id}
              mood={mood}
              x={x}
              floorY={floorY}
              // Zooming about the feet would lift the hips off the seat; pre-shrink the seat height to land on it.
              seatY={seatY === undefined ? undefined : floorY - (floorY - seatY) / zoom}
              device={i === 0 ? device : undefined}
            />
          </g>
        );
      })}
    </g>
  );
}
