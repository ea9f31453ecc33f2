import { DEVICE_GRIP, type DeviceKind } from './device';

export type Point = { x: number; y: number };

/** Body sizes in scene pixels. Standing heights come out near 100 (child), 120 (teen), 135 (adult), 80 (animal). */
export type BodySize = {
  headR: number;
  torsoW: number;
  torsoH: number;
  legH: number;
  legW: number;
  armW: number;
  armLen: number;
  handR: number;
};

export type Pose = 'stand' | 'sit' | 'wheelchair';

export type BodyLayout = {
  pose: Pose;
  hipY: number;
  shoulderY: number;
  headY: number;
  /** Left arm first (viewer's left): shoulder, elbow, hand. */
  arms: [Point, Point, Point][];
  /** Centre of the held device, when there is one. */
  deviceAt?: Point;
  deviceScale: number;
};

export type BodyLayoutInput = {
  size: BodySize;
  x: number;
  floorY: number;
  seatY?: number;
  isWheelchairUser?: boolean;
  device?: DeviceKind;
};

/** Where hips, shoulders, head and hands go for a pose; shared by people and animals so they hold things alike. */
export function layoutBody({
  size,
  x,
  floorY,
  seatY,
  isWheelchairUser,
  device,
}: BodyLayoutInput): BodyLayout {
  const pose: Pose = isWheelchairUser ? 'wheelchair' : seatY === undefined ? 'stand' : 'sit';
  const hipY = pose === 'stand' ? floorY - size.legH : pose === 'sit' ? (seatY ?? floorY) : floorY - 30;
  const shoulderY = hipY - size.torsoH;
  const headY = shoulderY - size.headR * 0.9 - 1;
  const half = size.torsoW / 2;
  const deviceScale = size.torsoW / 30;
  const deviceAt: Point | undefined = device
    ? {
        x,
        y: device === 'laptop' && pose !== 'stand' ? hipY - 9 * deviceScale : shoulderY + size.torsoH * 0.6,
      }
    : undefined;
  const arms = [-1, 1].map((s): [Point, Point, Point] => {
    const shoulder = { x: x + s * (half - 3), y: shoulderY + 5 };
    if (device && deviceAt) {
      const grip = DEVICE_GRIP[device];
      return [
        shoulder,
        { x: x + s * (half + 2), y: shoulderY + size.armLen * 0.62 },
        { x: deviceAt.x + s * grip.dx * deviceScale, y: deviceAt.y + grip.dy * deviceScale },
      ];
    }
    if (pose !== 'stand') {
      return [
        shoulder,
        { x: x + s * (half + 1.5), y: Math.min(shoulderY + size.armLen * 0.6, hipY - 4) },
        { x: x + s * half * 0.55, y: hipY + 1 },
      ];
    }
    return [
      shoulder,
      { x: x + s * (half + 2), y: shoulderY + size.armLen * 0.5 },
      { x: x + s * (half + 3.5), y: shoulderY + size.armLen },
    ];
  });
  return { pose, hipY, shoulderY, headY, arms, deviceAt, deviceScale };
}

/** A torso with rounded shoulders, from the shoulder line down to `bottom`. */
export function torsoPath(
  x: number,
  width: number,
  shoulderY: number,
  bottom: number,
  round: number,
): string {
  const l = x - width / 2;
  const r = x + width / 2;
  return `M${l} ${bottom}V${shoulderY + round}Q${l} ${shoulderY} ${l + round} ${shoulderY}H${r - round}Q${r} ${shoulderY} ${r} ${shoulderY + round}V${bottom}Z`;
}
