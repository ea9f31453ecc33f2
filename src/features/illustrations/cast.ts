import type { CHARACTERS, MOODS } from '../../shared/content/lesson-schema';

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

/**
 * The cast, one row each. Skin tones are spread from light to deep brown; the darkest are kept
 * light enough that the near-black features (see INK) stay readable when projected.
 */
export const PEOPLE: Record<PersonId, PersonTraits> = {
  amara: {
    build: 'child',
    skin: '#8a5430',
    hair: 'puffs',
    hairColour: '#2a1a12',
    top: 'dress',
    topColour: '#f2b43c',
    bottom: 'skirt',
    bottomColour: '#f2b43c',
  },
  leo: {
    build: 'child',
    skin: '#f7d5bd',
    hair: 'messy',
    hairColour: '#c8622a',
    top: 'tshirt',
    topColour: '#5aa469',
    bottom: 'shorts',
    bottomColour: '#466a9e',
    extras: ['freckles'],
  },
  mei: {
    build: 'child',
    skin: '#f3d2ae',
    hair: 'bob',
    hairColour: '#1d1b22',
    top: 'tshirt',
    topColour: '#ec8fac',
    bottom: 'skirt',
    bottomColour: '#3f4f80',
  },
  sam: {
    build: 'child',
    skin: '#c68e62',
    hair: 'short',
    hairColour: '#3a2618',
    top: 'tshirt',
    topColour: '#36a3a0',
    bottom: 'trousers',
    bottomColour: '#5a5f7a',
    extras: ['glasses'],
  },
  zara: {
    build: 'child',
    skin: '#c98f62',
    hair: 'hijab',
    hairColour: '#8e7cc3',
    top: 'jumper',
    topColour: '#f09a5a',
    bottom: 'trousers',
    bottomColour: '#4f6d8f',
  },
  tomas: {
    build: 'child',
    skin: '#dcae80',
    hair: 'wavy',
    hairColour: '#3b2a1e',
    top: 'hoodie',
    topColour: '#4f86c6',
    bottom: 'trousers',
    bottomColour: '#45506b',
    extras: ['wheelchair'],
  },
  nia: {
    build: 'child',
    skin: '#774729',
    hair: 'braids',
    hairColour: '#1c130e',
    top: 'dress',
    topColour: '#9b6bc9',
    bottom: 'skirt',
    bottomColour: '#9b6bc9',
  },
  ravi: {
    build: 'child',
    skin: '#a86a3f',
    hair: 'side-part',
    hairColour: '#16110f',
    top: 'tshirt',
    topColour: '#f0894a',
    bottom: 'trousers',
    bottomColour: '#56668a',
  },
  yusuf: {
    build: 'child',
    skin: '#6e4126',
    hair: 'curly',
    hairColour: '#140e0b',
    top: 'jumper',
    topColour: '#4aa58f',
    bottom: 'trousers',
    bottomColour: '#3b4668',
  },
  ella: {
    build: 'child',
    skin: '#f8dcc8',
    hair: 'ponytail',
    hairColour: '#e2b94f',
    top: 'tshirt',
    topColour: '#7fb2e5',
    bottom: 'skirt',
    bottomColour: '#e9849a',
    extras: ['hearing-aid'],
  },
  'teen-jay': {
    build: 'teen',
    skin: '#b37b52',
    hair: 'fade',
    hairColour: '#1e1612',
    top: 'hoodie',
    topColour: '#6a7fb0',
    bottom: 'trousers',
    bottomColour: '#34405e',
  },
  'teen-lina': {
    build: 'teen',
    skin: '#efc3a0',
    hair: 'long',
    hairColour: '#5a3520',
    top: 'jumper',
    topColour: '#5fb3a1',
    bottom: 'trousers',
    bottomColour: '#3e4a70',
  },
  mum: {
    build: 'adult',
    skin: '#e9b991',
    hair: 'shoulder',
    hairColour: '#6b3e22',
    top: 'tshirt',
    topColour: '#d9739a',
    bottom: 'trousers',
    bottomColour: '#3f5577',
  },
  dad: {
    build: 'adult',
    skin: '#8c5838',
    hair: 'short',
    hairColour: '#1d1410',
    top: 'jumper',
    topColour: '#4c7fa8',
    bottom: 'trousers',
    bottomColour: '#4a4d5e',
    extras: ['beard'],
  },
  grandma: {
    build: 'adult',
    skin: '#f4d6c2',
    hair: 'bun',
    hairColour: '#d4d4dc',
    top: 'cardigan',
    topColour: '#a98fcb',
    bottom: 'skirt',
    bottomColour: '#5d6a8c',
    extras: ['glasses'],
  },
  grandpa: {
    build: 'adult',
    skin: '#e6bf98',
    hair: 'bald',
    hairColour: '#cfd0d6',
    top: 'cardigan',
    topColour: '#b07f55',
    bottom: 'trousers',
    bottomColour: '#5b6070',
    extras: ['moustache'],
  },
  teacher: {
    build: 'adult',
    skin: '#9a6238',
    hair: 'afro',
    hairColour: '#2a1d17',
    top: 'cardigan',
    topColour: '#3f9e8f',
    bottom: 'skirt',
    bottomColour: '#3f4f80',
    extras: ['lanyard'],
  },
  coach: {
    build: 'adult',
    skin: '#c98d5e',
    hair: 'cap',
    hairColour: '#2f6db5',
    top: 'tracksuit',
    topColour: '#2f6db5',
    bottom: 'trousers',
    bottomColour: '#2b3f63',
    extras: ['whistle'],
  },
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
