import { Animal, animalSize } from './animal';
import type { BodySize } from './body-layout';
import { isAnimal, PEOPLE, type CharacterId, type Mood } from './cast';
import type { DeviceKind } from './device';
import { BUILD_SIZES, Person } from './person';

export type FigureProps = {
  id: CharacterId;
  mood: Mood;
  x: number;
  floorY: number;
  seatY?: number;
  device?: DeviceKind;
};

/** Body measurements of any cast member, for framing them (e.g. head and shoulders in a video tile). */
export function figureSize(id: CharacterId): BodySize {
  return isAnimal(id) ? animalSize(id) : BUILD_SIZES[PEOPLE[id].build];
}

/** True for cast members who always sit in their own wheelchair. */
export function usesWheelchair(id: CharacterId): boolean {
  return !isAnimal(id) && (PEOPLE[id].extras ?? []).includes('wheelchair');
}

/** Any cast member, person or animal, at a place in the scene, with a soft shadow that keeps them on the floor. */
export function Figure({ id, ...rest }: FigureProps) {
  const { torsoW } = figureSize(id);
  return (
    <g>
      <ellipse
        cx={rest.x}
        cy={rest.floorY - 1}
        rx={torsoW * (usesWheelchair(id) ? 1.2 : 0.85)}
        ry={4}
        fill="#2a2040"
        opacity={0.12}
      />
      {isAnimal(id) ? <Animal kind={id} {...rest} /> : <Person traits={PEOPLE[id]} {...rest} />}
    </g>
  );
}
