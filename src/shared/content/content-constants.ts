/**
 * The fixed vocabularies of lesson files, as plain constants. Kept apart from the zod schema so
 * that app code can use them without pulling zod into the browser bundle.
 */

export const BANDS = ['4-7', '8-10', '11-13', '14-17'] as const;

/** The grooming tactics of CONTENT_GUIDE.md section 2, plus the two topics that are not tactics. */
export const TACTICS = [
  'trust',
  'gifts',
  'secrecy',
  'isolation',
  'private-channels',
  'fake-identity',
  'image-requests',
  'desensitising',
  'threats',
  'blame',
] as const;

export const TOPICS = ['help', 'healthy'] as const;

/**
 * Ids are kebab-case and must not collide with the word keys a step uses for its own strings
 * (a step id "title" would make `steps.title.title` ambiguous).
 */
export const RESERVED_IDS = [
  'title',
  'text',
  'alt',
  'prompt',
  'question',
  'label',
  'feedback',
  'why',
  'name',
  'explanation',
  'hint',
  'intro',
] as const;

export const SETTINGS = [
  'bedroom',
  'living-room',
  'kitchen',
  'classroom',
  'playground',
  'park',
  'bus',
  'library',
  'gaming-den',
  'video-call',
] as const;

/** The reusable cast: children of different ages, skin tones and abilities, adults, and animal friends for 4-7. */
export const CHARACTERS = [
  'amara',
  'leo',
  'mei',
  'sam',
  'zara',
  'tomas',
  'nia',
  'ravi',
  'yusuf',
  'ella',
  'teen-jay',
  'teen-lina',
  'mum',
  'dad',
  'grandma',
  'grandpa',
  'teacher',
  'coach',
  'fox',
  'owl',
  'bear',
  'rabbit',
] as const;

export const DEVICES = ['tablet', 'phone', 'laptop', 'console', 'none'] as const;

export const MOODS = ['happy', 'calm', 'unsure', 'worried', 'relieved'] as const;

/** Chat avatars: a cast member's face, an animal, or the kind of profile picture strangers use. */
export const AVATARS = [
  ...CHARACTERS,
  'game-knight',
  'game-robot',
  'game-cat',
  'star',
  'sunset',
  'football',
  'music',
  'blank',
] as const;

export const CHAT_APPS = ['game', 'video', 'social', 'messenger', 'voice'] as const;

export const BADGES = [
  'heart',
  'shield',
  'key',
  'lighthouse',
  'compass',
  'star',
  'lantern',
  'bridge',
  'megaphone',
  'anchor',
] as const;

export type Band = (typeof BANDS)[number];
export type Tactic = (typeof TACTICS)[number];
export type Theme = Tactic | (typeof TOPICS)[number];
export type BadgeId = (typeof BADGES)[number];

export const isBand = (value: unknown): value is Band => (BANDS as readonly unknown[]).includes(value);
