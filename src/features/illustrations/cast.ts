import type { CHARACTERS, MOODS } from '../../shared/content/content-constants';

export type CharacterId = (typeof CHARACTERS)[number];
export type Mood = (typeof MOODS)[number];

export type Build = 'child' | 'teen' | 'adult';
export type HairStyle =
  | 'puffs'
  | 'messy'
  | 'bob'
  | 'short'
  | 'hijab'
  | 'wavy'
  | 'braids'
  | 'side-part'
  | 'curly'
  | 'ponytail'
  | 'fade'
  | 'long'
  | 'shoulder'
  | 'bun'
  | 'afro'
  | 'bald'
  | 'cap';
export type TopKind = 'tshirt' | 'dress' | 'hoodie' | 'jumper' | 'cardigan' | 'tracksuit';
export type BottomKind = 'trousers' | 'shorts' | 'skirt';
export type Extra =
  'freckles' | 'glasses' | 'hearing-aid' | 'beard' | 'moustache' | 'lanyard' | 'whistle' | 'wheelchair';

export type PersonTraits = {
  build: Build;
  skin: string;
  hair: HairStyle;
  /** Hair colour; for `hijab` and `cap` the colour of the scarf or cap (hair under it is not drawn). */
  hairColour: string;
  top: TopKind;
  topColour: string;
  bottom: BottomKind;
  bottomColour: string;
  extras?: readonly Extra[];
};

export type AnimalKind = 'fox' | 'owl' | 'bear' | 'rabbit';
export type PersonId = Exclude<CharacterId, AnimalKind>;

export type AnimalTraits = {
  fur: string;
  /** Muzzle, belly and inner ears. */
  light: string;
  /** Nose and paw pads. */
  dark: string;
  outfit: 'tshirt' | 'dungarees' | 'scarf';
  outfitColour: string;
};

/** One row of the cast table, in the order the table reads: build, skin, hair, top, bottom, extras. */
function person(
  build: Build,
  skin: string,
  hair: HairStyle,
  hairColour: string,
  top: TopKind,
  topColour: string,
  bottom: BottomKind,
  bottomColour: string,
  ...extras: Extra[]
): PersonTraits {
  return { build, skin, hair, hairColour, top, topColour, bottom, bottomColour, extras };
}

/**
 * The cast, one row each. Skin tones are spread from light to deep brown; the darkest are kept
 * light enough that the near-black features (see INK) stay readable when projected.
 */
export const PEOPLE: Record<PersonId, PersonTraits> = {
  amara: person('child', '#8a5430', 'puffs', '#2a1a12', 'dress', '#f2b43c', 'skirt', '#f2b43c'),
  leo: person('child', '#f7d5bd', 'messy', '#c8622a', 'tshirt', '#5aa469', 'shorts', '#466a9e', 'freckles'),
  mei: person('child', '#f3d2ae', 'bob', '#1d1b22', 'tshirt', '#ec8fac', 'skirt', '#3f4f80'),
  sam: person('child', '#c68e62', 'short', '#3a2618', 'tshirt', '#36a3a0', 'trousers', '#5a5f7a', 'glasses'),
  zara: person('child', '#c98f62', 'hijab', '#8e7cc3', 'jumper', '#f09a5a', 'trousers', '#4f6d8f'),
  tomas: person(
    'child',
    '#dcae80',
    'wavy',
    '#3b2a1e',
    'hoodie',
    '#4f86c6',
    'trousers',
    '#45506b',
    'wheelchair',
  ),
  nia: person('child', '#774729', 'braids', '#1c130e', 'dress', '#9b6bc9', 'skirt', '#9b6bc9'),
  ravi: person('child', '#a86a3f', 'side-part', '#16110f', 'tshirt', '#f0894a', 'trousers', '#56668a'),
  yusuf: person('child', '#6e4126', 'curly', '#140e0b', 'jumper', '#4aa58f', 'trousers', '#3b4668'),
  ella: person(
    'child',
    '#f8dcc8',
    'ponytail',
    '#e2b94f',
    'tshirt',
    '#7fb2e5',
    'skirt',
    '#e9849a',
    'hearing-aid',
  ),
  'teen-jay': person('teen', '#b37b52', 'fade', '#1e1612', 'hoodie', '#6a7fb0', 'trousers', '#34405e'),
  'teen-lina': person('teen', '#efc3a0', 'long', '#5a3520', 'jumper', '#5fb3a1', 'trousers', '#3e4a70'),
  mum: person('adult', '#e9b991', 'shoulder', '#6b3e22', 'tshirt', '#d9739a', 'trousers', '#3f5577'),
  dad: person('adult', '#8c5838', 'short', '#1d1410', 'jumper', '#4c7fa8', 'trousers', '#4a4d5e', 'beard'),
  grandma: person('adult', '#f4d6c2', 'bun', '#d4d4dc', 'cardigan', '#a98fcb', 'skirt', '#5d6a8c', 'glasses'),
  grandpa: person(
    'adult',
    '#e6bf98',
    'bald',
    '#cfd0d6',
    'cardigan',
    '#b07f55',
    'trousers',
    '#5b6070',
    'moustache',
  ),
  teacher: person(
    'adult',
    '#9a6238',
    'afro',
    '#2a1d17',
    'cardigan',
    '#3f9e8f',
    'skirt',
    '#3f4f80',
    'lanyard',
  ),
  coach: person(
    'adult',
    '#c98d5e',
    'cap',
    '#2f6db5',
    'tracksuit',
    '#2f6db5',
    'trousers',
    '#2b3f63',
    'whistle',
  ),
};

export const ANIMALS: Record<AnimalKind, AnimalTraits> = {
  fox: { fur: '#e9833a', light: '#fff4e6', dark: '#3a2a24', outfit: 'scarf', outfitColour: '#4aa58f' },
  owl: { fur: '#a7795a', light: '#f3e3c8', dark: '#e8a33d', outfit: 'scarf', outfitColour: '#8e7cc3' },
  bear: { fur: '#9a6a48', light: '#e2c09a', dark: '#3a2a24', outfit: 'tshirt', outfitColour: '#f2c14e' },
  rabbit: { fur: '#dcdbe6', light: '#ffffff', dark: '#e79aa8', outfit: 'dungarees', outfitColour: '#5b8bd6' },
};

export function isAnimal(id: CharacterId): id is AnimalKind {
  return id in ANIMALS;
}
