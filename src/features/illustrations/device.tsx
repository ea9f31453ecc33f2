import type { DEVICES } from '../../shared/content/content-constants';

export type DeviceKind = Exclude<(typeof DEVICES)[number], 'none'>;
export type DeviceProps = { device: DeviceKind };

/** Where the holder's hands go, relative to the device centre: each side at (±dx, dy). */
export const DEVICE_GRIP: Record<DeviceKind, { dx: number; dy: number }> = {
  phone: { dx: 6, dy: 5 },
  tablet: { dx: 15, dy: 4 },
  laptop: { dx: 19, dy: 8 },
  console: { dx: 12, dy: 3 },
};

/**
 * A device seen from the viewer's side, centred on the origin. Screens face the character, so
 * nothing on them is shown: what a stranger writes belongs in the chat step, not in a picture.
 */
export function Device({ device }: DeviceProps) {
  switch (device) {
    case 'phone':
      return (
        <g>
          <rect x={-6.5} y={-11} width={13} height={22} rx={2.6} fill="#3d4459" />
          <circle cx={-3} cy={-7.5} r={1.3} fill="#8791a8" />
        </g>
      );
    case 'tablet':
      return (
        <g>
          <rect x={-16} y={-11} width={32} height={22} rx={3} fill="#56607a" />
          <rect x={-14} y={-9} width={28} height={18} rx={2} fill="#6b7591" />
          <circle cx={0} cy={-9.8} r={0.9} fill="#a9b1c6" />
        </g>
      );
    case 'laptop':
      return (
        <g>
          <rect x={-20} y={-13} width={40} height={24} rx={2.5} fill="#b5bfcd" />
          <path
            d="M0-5.5 1.8-1.9 5.7-1.4 2.8 1.3 3.5 5.2 0 3.3-3.5 5.2-2.8 1.3-5.7-1.4-1.8-1.9Z"
            fill="#f5d061"
          />
          <rect x={-23} y={10} width={46} height={4} rx={2} fill="#8e99ab" />
        </g>
      );
    case 'console':
      return (
        <g>
          <path
            d="M-15-5H15Q20-5 20 2Q20 9 14 9Q10 9 8 5H-8Q-10 9-14 9Q-20 9-20 2Q-20-5-15-5Z"
            fill="#4c5670"
          />
          <path d="M-13-1.5h2.2v-2.2h2.2v2.2h2.2v2.2h-2.2v2.2h-2.2v-2.2h-2.2Z" fill="#d8dce6" />
          <circle cx={10} cy={-2} r={1.5} fill="#7fd3c5" />
          <circle cx={13} cy={1} r={1.5} fill="#f5d061" />
          <circle cx={7} cy={1} r={1.5} fill="#8fb3ec" />
        </g>
      );
  }
}
