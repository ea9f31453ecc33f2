import type { ProgressState } from './saved-progress';

/**
 * A short code a child can copy onto paper and type on another device: which lessons they have
 * finished, and roughly how well. It carries no answers, notes or nickname (the progress file
 * does), so it is safe to write down, and typing it in only ever adds: a finished lesson stays
 * finished and a best score never goes down.
 *
 * Layout: 4 bits of version, then 2 bits per lesson in the version's catalogue order
 * (0 not finished, 1 finished, 2 finished with half marks or more, 3 full marks), padded to a
 * multiple of 5 bits, written in Crockford's base 32 (no I, L, O or U; case does not matter; O is
 * read as 0 and I or L as 1), then two check characters that catch any one mistyped character and
 * any two neighbours swapped.
 */

/**
 * Lesson ids in the order each version lists them. Frozen: a code written today must still read
 * in ten years. A new lesson goes into a new version that repeats the last list and appends it;
 * a retired lesson keeps its place.
 */
export const CODE_CATALOGUES: readonly (readonly string[])[] = [
  [
    'trusted-adults',
    'safe-and-unsafe-secrets',
    'gifts-with-strings',
    'my-body-belongs-to-me',
    'telling-and-getting-help',
    'who-is-really-there',
    'too-good-to-be-true',
    'secrets-online',
    'lets-talk-somewhere-else',
    'photos-and-video-calls',
    'block-report-tell',
    'how-grooming-builds-trust',
    'gifts-favours-and-debts',
    'secrecy-and-isolation',
    'fake-profiles',
    'image-requests-and-what-to-do',
    'threats-and-sextortion',
    'getting-help-and-taking-images-down',
    'when-it-feels-like-a-relationship',
    'isolation-and-control',
    'image-pressure',
    'sextortion-and-money',
    'desensitising',
    'never-your-fault',
    'helping-a-friend',
    'reporting-and-taking-images-down',
  ],
];

/** Crockford's base 32: no I, L, O or U, so nothing is mistaken for 1, 0 or a word. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VERSION_BITS = 4;
const CHECK_MODULUS = 1021; // prime, below 32 * 32: two characters
const GROUP = 4;

/** The best score a level stands for when read back: never more than was earned. */
const LEVEL_SCORE = [undefined, 0, 0.5, 1] as const;

const levelOf = (finished: boolean, bestScore: number | undefined) =>
  !finished ? 0 : bestScore === undefined ? 1 : bestScore >= 1 ? 3 : bestScore >= 0.5 ? 2 : 1;

const bodyLength = (catalogue: readonly string[]) => Math.ceil((VERSION_BITS + 2 * catalogue.length) / 5);

function checkValue(body: number[]): number {
  // Distinct weights under a prime modulus: one changed character, or two swapped neighbours,
  // always changes the sum.
  return body.reduce((sum, value, i) => (sum + value * (i + 1) + value * value * 7) % CHECK_MODULUS, 0);
}

/** The code for this progress, grouped in fours for reading aloud and copying: `4D3K-...`. */
export function progressCode(state: ProgressState): string {
  const version = CODE_CATALOGUES.length;
  const catalogue = CODE_CATALOGUES[version - 1]!;
  const bits: number[] = [];
  for (let b = VERSION_BITS - 1; b >= 0; b--) bits.push((version >> b) & 1);
  for (const id of catalogue) {
    const lesson = state.lessons[id];
    const level = levelOf(Boolean(lesson?.completedAt), lesson?.bestScore);
    bits.push((level >> 1) & 1, level & 1);
  }
  while (bits.length % 5) bits.push(0);
  const body: number[] = [];
  for (let i = 0; i < bits.length; i += 5) body.push(bits.slice(i, i + 5).reduce((n, bit) => n * 2 + bit, 0));
  const check = checkValue(body);
  const chars = [...body, Math.floor(check / 32), check % 32].map((v) => CODE_ALPHABET[v]).join('');
  return chars.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

export type CodeProblem = 'empty' | 'not-a-code' | 'mistyped' | 'newer';

/** A lesson the code says was finished, with the best score it stands for. */
export type FinishedLesson = { lessonId: string; bestScore: number };

export type CodeResult = { ok: true; finished: FinishedLesson[] } | { ok: false; problem: CodeProblem };

/** Forgiving about what a person might type: spaces, dashes, lower case, O for 0, I or L for 1. */
const normalise = (typed: string) =>
  typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

/** Reads a typed code; never throws. */
export function readProgressCode(typed: string): CodeResult {
  const chars = normalise(typed);
  if (!chars) return { ok: false, problem: 'empty' };
  const values = [...chars].map((c) => CODE_ALPHABET.indexOf(c));
  if (values.some((v) => v < 0) || values.length < 3) return { ok: false, problem: 'not-a-code' };
  const version = values[0]! >> 1;
  const catalogue = CODE_CATALOGUES[version - 1];
  if (version > CODE_CATALOGUES.length) {
    // A version we do not know is only believed when the rest of the code checks out.
    const body = values.slice(0, -2);
    const check = values.at(-2)! * 32 + values.at(-1)!;
    return { ok: false, problem: checkValue(body) === check ? 'newer' : 'not-a-code' };
  }
  if (!catalogue || values.length !== bodyLength(catalogue) + 2) return { ok: false, problem: 'not-a-code' };
  const body = values.slice(0, -2);
  if (checkValue(body) !== values.at(-2)! * 32 + values.at(-1)!) return { ok: false, problem: 'mistyped' };
  const bits = body.flatMap((v) => [4, 3, 2, 1, 0].map((b) => (v >> b) & 1));
  const finished: FinishedLesson[] = [];
  catalogue.forEach((lessonId, i) => {
    const level = bits[VERSION_BITS + 2 * i]! * 2 + bits[VERSION_BITS + 2 * i + 1]!;
    const bestScore = LEVEL_SCORE[level];
    if (bestScore !== undefined) finished.push({ lessonId, bestScore });
  });
  return { ok: true, finished };
}
