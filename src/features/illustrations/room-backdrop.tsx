import type { ReactNode } from 'react';
import type { Scene } from '../../shared/content/lesson-schema';
import { shade, tint } from './colour';

export type RoomSetting = Exclude<Scene['setting'], 'video-call'>;
/** Where each character goes; rooms with seats draw one under each slot (none for a wheelchair user). */
export type Slot = { x: number; hasOwnSeat: boolean };
export type RoomBackdropProps = { setting: RoomSetting; slots: readonly Slot[] };

type Room = {
  /** Where feet rest. */
  floorY: number;
  /** Where hips rest, for rooms where people sit. */
  seatY?: number;
  back: (slots: readonly Slot[]) => ReactNode;
};

const FLOOR_Y = 222;

function Wall({ colour, floor, horizon = 170 }: { colour: string; floor: string; horizon?: number }) {
  return (
    <g>
      <rect width={400} height={horizon} fill={colour} />
      <rect y={horizon} width={400} height={240 - horizon} fill={floor} />
      <rect y={horizon - 5} width={400} height={6} fill={tint(colour, 0.5)} />
    </g>
  );
}

function Sky({ ground, horizon = 160 }: { ground: string; horizon?: number }) {
  return (
    <g>
      <rect width={400} height={horizon + 10} fill="#cdeaf6" />
      <circle cx={352} cy={38} r={18} fill="#fbe59a" />
      <Cloud x={70} y={40} />
      <Cloud x={230} y={26} />
      <rect y={horizon} width={400} height={240 - horizon} fill={ground} />
    </g>
  );
}

function Cloud({ x, y }: { x: number; y: number }) {
  return (
    <g fill="#ffffff">
      <ellipse cx={x} cy={y} rx={22} ry={9} />
      <circle cx={x - 7} cy={y - 5} r={9} />
      <circle cx={x + 6} cy={y - 7} r={11} />
    </g>
  );
}

type WindowProps = { x: number; y: number; w: number; h: number; view?: 'sky' | 'trees' };

function Window({ x, y, w, h, view = 'sky' }: WindowProps) {
  return (
    <g>
      <rect x={x - 4} y={y - 4} width={w + 8} height={h + 8} rx={3} fill="#fbfaf7" />
      <rect x={x} y={y} width={w} height={h} fill="#cdeaf6" />
      {view === 'trees' ? (
        <g>
          <ellipse cx={x + w * 0.5} cy={y + h} rx={w * 0.7} ry={h * 0.35} fill="#a8d88e" />
          <circle cx={x + w * 0.25} cy={y + h * 0.62} r={h * 0.18} fill="#7cbf73" />
        </g>
      ) : (
        <Cloud x={x + w * 0.45} y={y + h * 0.45} />
      )}
      <path d={`M${x + w / 2} ${y}V${y + h}M${x} ${y + h / 2}H${x + w}`} stroke="#fbfaf7" strokeWidth={3} />
    </g>
  );
}

function Tree({ x, y, r }: { x: number; y: number; r: number }) {
  return (
    <g>
      <rect x={x - r * 0.14} y={y - r * 0.4} width={r * 0.28} height={r * 1.3} fill="#9b6f4e" />
      <circle cx={x} cy={y - r * 0.6} r={r} fill="#78bd6d" />
      <circle cx={x - r * 0.55} cy={y - r * 0.2} r={r * 0.6} fill="#6db263" />
      <circle cx={x + r * 0.5} cy={y - r * 0.3} r={r * 0.65} fill="#84c878" />
    </g>
  );
}

const BOOKS = ['#e38b6f', '#5b8bd6', '#f2c14e', '#5fb3a1', '#9b7bc9', '#ec8fac', '#7fb2e5'];

function Books({ x, y, width, height }: { x: number; y: number; width: number; height: number }) {
  const out: ReactNode[] = [];
  for (let i = 0, bx = x; bx < x + width - 6; i++) {
    const bw = 6 + (i % 3) * 2;
    const bh = height - ((i * 7) % 9);
    out.push(
      <rect key={i} x={bx} y={y + height - bh} width={bw - 1} height={bh} fill={BOOKS[i % BOOKS.length]} />,
    );
    bx += bw;
  }
  return <g>{out}</g>;
}

function Plant({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <path d="M0-22Q-18-40-14-18ZM0-22Q16-44 14-18ZM0-20Q-2-50 4-22Z" fill="#6db263" />
      <path d="M-11-22H11L8 0H-8Z" fill="#d98b62" />
    </g>
  );
}

const ROOMS: Record<RoomSetting, Room> = {
  bedroom: {
    floorY: FLOOR_Y,
    back: () => (
      <g>
        <Wall colour="#e8e1f4" floor="#dcb894" />
        <path d="M0 190H400M0 212H400" stroke={shade('#dcb894', 0.12)} strokeWidth={1.5} />
        <rect x={22} y={26} width={86} height={72} fill="#f2a7b8" rx={3} />
        <Window x={32} y={30} w={66} h={60} />
        <path d="M18 24H112" stroke="#b68f6c" strokeWidth={4} strokeLinecap="round" />
        <rect x={170} y={40} width={40} height={50} rx={3} fill="#fbfaf7" />
        <path d="M190 52l4 8 9 1-7 6 2 9-8-5-8 5 2-9-7-6 9-1Z" fill="#f2c14e" />
        <path d="M232 22Q270 40 308 22" stroke="#b8b2c8" strokeWidth={1} fill="none" />
        {[246, 262, 278, 294].map((bx, i) => (
          <path
            key={bx}
            d={`M${bx - 6} ${28 + (i === 1 || i === 2 ? 3 : 0)}h12l-6 11Z`}
            fill={BOOKS[i + 1]}
          />
        ))}
        <rect x={318} y={96} width={82} height={90} rx={12} fill="#a98fcb" />
        <rect x={308} y={136} width={92} height={50} rx={8} fill="#7fb2e5" />
        <rect x={330} y={120} width={44} height={18} rx={8} fill="#fbfaf7" />
        {[330, 352, 374, 394].map((dx) => (
          <circle key={dx} cx={dx} cy={160} r={3} fill={tint('#7fb2e5', 0.5)} />
        ))}
        <ellipse cx={200} cy={214} rx={150} ry={15} fill="#f2c98a" />
        <ellipse cx={200} cy={214} rx={120} ry={10} fill="none" stroke="#ec8fac" strokeWidth={2} />
      </g>
    ),
  },
  'living-room': {
    floorY: FLOOR_Y,
    seatY: 170,
    back: () => (
      <g>
        <Wall colour="#f6ead7" floor="#c9a27e" />
        <rect x={172} y={30} width={56} height={42} rx={2} fill="#b68f6c" />
        <rect x={177} y={35} width={46} height={32} fill="#cdeaf6" />
        <path d="M177 67 193 50 204 60 212 52 223 63V67Z" fill="#84c878" />
        <path d="M26 84H54L48 62H32Z" fill="#f5d7a1" />
        <path d="M40 84V200M28 202H52" stroke="#8e7460" strokeWidth={3} strokeLinecap="round" />
        <Plant x={370} y={200} />
        <ellipse cx={200} cy={222} rx={170} ry={12} fill="#e9c6a3" />
        <rect x={72} y={112} width={256} height={62} rx={18} fill="#5f9e96" />
        <rect x={56} y={140} width={34} height={62} rx={12} fill="#558f87" />
        <rect x={310} y={140} width={34} height={62} rx={12} fill="#558f87" />
        <rect x={82} y={162} width={236} height={32} rx={8} fill="#6fb0a7" />
        <path d="M160 166V192M240 166V192" stroke="#5f9e96" strokeWidth={2} />
        <path d="M70 202V208M330 202V208" stroke="#6b4f3c" strokeWidth={5} strokeLinecap="round" />
      </g>
    ),
  },
  kitchen: {
    floorY: FLOOR_Y,
    back: () => (
      <g>
        <Wall colour="#dcefe6" floor="#efe3cd" />
        {Array.from({ length: 80 }, (_, i) => (
          <rect
            key={i}
            x={(i % 20) * 20}
            y={170 + Math.floor(i / 20) * 18}
            width={20}
            height={18}
            fill={(i + Math.floor(i / 20)) % 2 ? '#e3d3b7' : '#efe3cd'}
          />
        ))}
        <rect x={14} y={20} width={140} height={48} rx={3} fill="#f6d9a8" />
        <path d="M84 20V68M76 58V64M92 58V64" stroke="#dcb67c" strokeWidth={2} />
        <Window x={178} y={28} w={86} h={64} view="trees" />
        <rect x={0} y={116} width={318} height={54} fill="#f6d9a8" />
        <rect x={0} y={112} width={318} height={7} fill="#e7e2dc" />
        <path d="M80 124V164M160 124V164M240 124V164" stroke="#dcb67c" strokeWidth={2} />
        <path
          d="M70 134V146M90 134V146M150 134V146M170 134V146"
          stroke="#b68f6c"
          strokeWidth={2}
          strokeLinecap="round"
        />
        <path d="M44 112V100Q44 90 54 90H64Q74 90 74 100V112Z" fill="#7fb2e5" />
        <path d="M74 96Q82 96 80 104" stroke="#7fb2e5" strokeWidth={3} fill="none" />
        <Plant x={232} y={112} />
        <rect x={326} y={36} width={64} height={134} rx={6} fill="#eef1f5" />
        <path d="M326 84H390M334 56V72M334 94V112" stroke="#c9d1dd" strokeWidth={2.5} strokeLinecap="round" />
        <circle cx={360} cy={60} r={4} fill="#f2c14e" />
        <circle cx={374} cy={70} r={4} fill="#5fb3a1" />
      </g>
    ),
  },
  classroom: {
    floorY: FLOOR_Y,
    back: () => (
      <g>
        <Wall colour="#fbf0d8" floor="#c7b59c" />
        <rect x={88} y={24} width={224} height={88} rx={4} fill="#b68f6c" />
        <rect x={94} y={30} width={212} height={76} fill="#4f7d6a" />
        <g stroke="#f4f1ea" strokeWidth={2} fill="none" strokeLinecap="round" opacity={0.85}>
          <path d="M114 86V66L128 54 142 66V86ZM124 86V74H132V86" />
          <circle cx={182} cy={58} r={9} />
          <path d="M170 86Q184 72 198 86T226 86" />
          <path d="M252 66l4 8 9 1-7 6 2 9-8-5-8 5 2-9-7-6 9-1Z" />
        </g>
        <rect x={150} y={106} width={100} height={5} fill="#8e7460" />
        <path d="M0 12Q100 30 200 12T400 12" stroke="#b8b2c8" fill="none" />
        {Array.from({ length: 13 }, (_, i) => (
          <path
            key={i}
            d={`M${i * 31 + 6} ${14 + Math.abs(Math.sin(i * 0.52)) * 6}h14l-7 11Z`}
            fill={BOOKS[i % BOOKS.length]}
          />
        ))}
        <circle cx={352} cy={48} r={16} fill="#fbfaf7" stroke="#8e7460" strokeWidth={2.5} />
        <path d="M352 48V38M352 48H360" stroke="#39364a" strokeWidth={2} strokeLinecap="round" />
        <rect x={8} y={60} width={58} height={110} fill="#d5b48f" />
        <Books x={12} y={70} width={50} height={24} />
        <Books x={12} y={104} width={50} height={24} />
        <path d="M8 98H66M8 132H66" stroke="#b68f6c" strokeWidth={3} />
        <rect x={334} y={100} width={52} height={70} fill="#f7f3e8" stroke="#d5b48f" strokeWidth={3} />
        {[0, 1, 2].map((i) => (
          <rect
            key={i}
            x={342 + i * 13}
            y={110 + (i % 2) * 10}
            width={10}
            height={12}
            fill={BOOKS[i + 2]}
            opacity={0.8}
          />
        ))}
      </g>
    ),
  },
  playground: {
    floorY: FLOOR_Y,
    back: () => (
      <g>
        <Sky ground="#a8d88e" />
        <path d="M0 150H400" stroke="#e0c9a6" strokeWidth={3} />
        {Array.from({ length: 21 }, (_, i) => (
          <path key={i} d={`M${i * 20} 130V160`} stroke="#e0c9a6" strokeWidth={3} strokeLinecap="round" />
        ))}
        <path d="M0 138H400" stroke="#e0c9a6" strokeWidth={3} />
        <ellipse cx={200} cy={220} rx={190} ry={22} fill="#ecc48f" />
        <path
          d="M30 176V96H60V176M30 110H60M30 130H60M30 150H60"
          stroke="#5b8bd6"
          strokeWidth={4}
          fill="none"
        />
        <path
          d="M60 96Q86 110 96 150Q100 170 118 176"
          stroke="#f2c14e"
          strokeWidth={9}
          fill="none"
          strokeLinecap="round"
        />
        <path
          d="M296 176 312 90 328 176M344 176 360 90 376 176M306 92H366"
          stroke="#e38b6f"
          strokeWidth={5}
          fill="none"
          strokeLinecap="round"
        />
        <path d="M326 92V140M342 92V140" stroke="#8e8a9a" strokeWidth={1.5} />
        <rect x={322} y={140} width={24} height={5} rx={2} fill="#5fb3a1" />
      </g>
    ),
  },
  park: {
    floorY: FLOOR_Y,
    back: () => (
      <g>
        <Sky ground="#9fd38a" horizon={150} />
        <path d="M0 150Q100 110 210 146Q300 118 400 140V170H0Z" fill="#b7e0a0" />
        <rect y={150} width={400} height={90} fill="#9fd38a" />
        <Tree x={44} y={130} r={30} />
        <Tree x={356} y={124} r={34} />
        <Tree x={250} y={122} r={16} />
        <path d="M150 240Q170 200 220 180T300 150H318Q262 168 250 186T238 240Z" fill="#efe0c0" />
        <ellipse cx={90} cy={172} rx={44} ry={8} fill="#a5d8ec" />
        {[
          [30, 200],
          [330, 196],
          [360, 216],
          [110, 226],
          [300, 230],
        ].map(([fx = 0, fy = 0], i) => (
          <g key={i}>
            <circle cx={fx} cy={fy} r={3.5} fill={i % 2 ? '#f5d061' : '#f4f1ea'} />
            <circle cx={fx} cy={fy} r={1.4} fill="#e38b6f" />
          </g>
        ))}
      </g>
    ),
  },
  bus: {
    floorY: FLOOR_Y,
    seatY: 176,
    back: (slots) => (
      <g>
        <rect width={400} height={240} fill="#eeeae2" />
        <rect y={28} width={400} height={76} fill="#cdeaf6" />
        <path d="M0 104Q60 80 130 98T260 94T400 92V104Z" fill="#a8d88e" />
        <Tree x={60} y={92} r={12} />
        <Tree x={210} y={90} r={15} />
        <Tree x={330} y={92} r={11} />
        <Cloud x={120} y={48} />
        <Cloud x={300} y={52} />
        {[0, 100, 200, 300, 400].map((wx) => (
          <rect key={wx} x={wx - 5} y={24} width={10} height={84} fill="#d5d9e2" />
        ))}
        <rect y={22} width={400} height={7} fill="#d5d9e2" />
        <rect y={104} width={400} height={8} fill="#d5d9e2" />
        <path d="M0 14H400" stroke="#f2c14e" strokeWidth={5} />
        <rect y={200} width={400} height={40} fill="#8f9ab0" />
        <path d="M0 206H400" stroke="#f2c14e" strokeWidth={3} />
        {slots.map(({ x, hasOwnSeat }) =>
          hasOwnSeat ? (
            <g key={x}>
              <rect x={x - 30} y={112} width={60} height={70} rx={10} fill="#5b7fc8" />
              <rect x={x - 22} y={118} width={44} height={20} rx={5} fill="#6e91d6" />
              <rect x={x - 33} y={168} width={66} height={20} rx={7} fill="#4c6db3" />
              <path d={`M${x - 20} 188V206M${x + 20} 188V206`} stroke="#6b7280" strokeWidth={3} />
            </g>
          ) : (
            // The bus's wheelchair space: no seat, a folded-up bench and the blue sign on the wall.
            <g key={x} transform={`translate(${x - 12} 74)`}>
              <rect width={24} height={24} rx={4} fill="#3f6fb6" />
              <circle cx={11} cy={5} r={2.2} fill="#fff" />
              <path
                d="M11 8V15H16L18.5 19.5M7 12A5.5 5.5 0 1 0 15.5 18.5"
                stroke="#fff"
                strokeWidth={1.8}
                fill="none"
              />
            </g>
          ),
        )}
        {slots
          .slice(1)
          .map(({ x }, i) => (x + (slots[i]?.x ?? x)) / 2)
          .concat(slots.length === 1 ? [120, 280] : [])
          .map((px) => (
            <path key={px} d={`M${px} 14V206`} stroke="#f2c14e" strokeWidth={5} />
          ))}
      </g>
    ),
  },
  library: {
    floorY: FLOOR_Y,
    back: () => (
      <g>
        <Wall colour="#efe3d0" floor="#b7a38c" />
        {[0, 1, 2].map((i) => (
          // Softened so the shelves stay behind the story instead of competing with the faces.
          <g key={i} opacity={0.8}>
            <rect x={8 + i * 132} y={16} width={120} height={152} fill="#a97e5c" />
            {[0, 1, 2, 3].map((row) => (
              <g key={row}>
                <rect x={14 + i * 132} y={22 + row * 36} width={108} height={32} fill="#8a6447" />
                <Books
                  x={16 + i * 132 + ((row + i) % 3) * 4}
                  y={26 + row * 36}
                  width={100 - ((row * 5 + i * 3) % 22)}
                  height={28}
                />
              </g>
            ))}
          </g>
        ))}
        <ellipse cx={200} cy={214} rx={160} ry={15} fill="#6f9ac2" />
        <ellipse cx={200} cy={214} rx={130} ry={10} fill="none" stroke="#f2c14e" strokeWidth={2} />
      </g>
    ),
  },
  'gaming-den': {
    floorY: FLOOR_Y,
    seatY: 194,
    back: (slots) => (
      <g>
        <Wall colour="#5a6aa6" floor="#8a7fb0" horizon={168} />
        <path d="M0 22Q50 36 100 22T200 22T300 22T400 22" stroke="#39364a" strokeWidth={1} fill="none" />
        {Array.from({ length: 20 }, (_, i) => (
          <circle
            key={i}
            cx={i * 20 + 10}
            cy={22 + Math.sin(i * 1.57) * 5}
            r={3}
            fill={['#f5d061', '#7fd3c5', '#ec8fac'][i % 3]}
          />
        ))}
        <rect x={130} y={50} width={140} height={84} rx={6} fill="#2c3150" />
        <rect x={136} y={56} width={128} height={72} fill="#9fd5f0" />
        <path d="M136 128V108Q170 92 200 108T264 104V128Z" fill="#84c878" />
        <rect x={160} y={92} width={12} height={12} fill="#e38b6f" />
        <circle cx={206} cy={84} r={5} fill="#f5d061" />
        <circle cx={224} cy={84} r={5} fill="#f5d061" />
        <rect x={120} y={134} width={160} height={30} rx={3} fill="#3d4470" />
        <rect x={20} y={46} width={44} height={60} rx={3} fill="#f2c14e" />
        <path d="M42 60l5 10 11 1-8 8 2 11-10-6-10 6 2-11-8-8 11-1Z" fill="#fbfaf7" />
        <rect x={330} y={60} width={54} height={6} fill="#3d4470" />
        <Books x={334} y={40} width={46} height={20} />
        {slots.map(({ x, hasOwnSeat }, i) =>
          hasOwnSeat ? (
            <path
              key={x}
              d={`M${x - 40} 214Q${x - 44} 178 ${x - 26} 176Q${x} 166 ${x + 26} 176Q${x + 44} 178 ${x + 40} 214Q${x} 222 ${x - 40} 214Z`}
              fill={['#ec8fac', '#5fb3a1', '#f2c14e'][i % 3]}
            />
          ) : null,
        )}
      </g>
    ),
  },
};

/** The floor and seat heights of a room, so the scene can stand or seat the cast in it. */
export function roomLevels(setting: RoomSetting): { floorY: number; seatY?: number } {
  const { floorY, seatY } = ROOMS[setting];
  return { floorY, seatY };
}

/** The background of one place, drawn behind the cast; gentle colours, daylight, nothing that alarms. */
export function RoomBackdrop({ setting, slots }: RoomBackdropProps) {
  return <g>{ROOMS[setting].back(slots)}</g>;
}
