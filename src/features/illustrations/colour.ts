/** Blends two `#rrggbb` colours (t = 0 gives `a`, 1 gives `b`), so the cast table needs one colour per part and shading is derived. */
export function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const parts = [0, 1, 2].map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t));
  return `#${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
}

/** A darker tone of a colour, towards a soft plum rather than black so shadows stay warm. */
export const shade = (colour: string, t = 0.2) => mix(colour, '#2a2040', t);

/** A lighter tone of a colour. */
export const tint = (colour: string, t = 0.3) => mix(colour, '#ffffff', t);

/** The one dark used for eyes, brows and mouths: near-black brown, readable on every skin tone in the cast. */
export const INK = '#22150f';
