import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { BANDS, type Band } from '../../shared/content/content-constants';
import { LANGUAGE_CODES, type LanguageCode } from '../../shared/content/languages';
import { createSafeJsonStorage, setAside, STORAGE_KEYS } from '../../shared/storage/safe-storage';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export const MOTION_CHOICES = ['system', 'reduce', 'full'] as const;
export const AUTO_READ_CHOICES = ['band', 'always', 'never'] as const;

/**
 * Settings, checked field by field whenever they are read back. Written by hand rather than with
 * zod/mini because this store is part of the first load, where every kilobyte counts.
 */
export type Settings = {
  /** Unset until the user picks: the browser's language is used meanwhile. */
  language?: LanguageCode;
  band?: Band;
  /** ISO country code for the help page, or OTHER; unset means "from the language". */
  country?: string;
  textSize: (typeof TEXT_SIZES)[number];
  motion: (typeof MOTION_CHOICES)[number];
  /** Read each step aloud when it opens, and each answer's feedback: by default only for 4-7, who cannot read yet. */
  autoRead: (typeof AUTO_READ_CHOICES)[number];
  narration: boolean;
  sounds: boolean;
  soundVolume: number;
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    (values as readonly unknown[]).includes(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

const FIELD_CHECKS: { [K in keyof Settings]-?: (v: unknown) => boolean } = {
  language: oneOf(LANGUAGE_CODES),
  band: oneOf(BANDS),
  country: (v) => typeof v === 'string' && /^([A-Z]{2}|OTHER)$/.test(v),
  textSize: oneOf(TEXT_SIZES),
  motion: oneOf(MOTION_CHOICES),
  autoRead: oneOf(AUTO_READ_CHOICES),
  narration: isBoolean,
  sounds: isBoolean,
  soundVolume: (v) => typeof v === 'number' && v >= 0 && v <= 1,
};

export const DEFAULT_SETTINGS: Settings = {
  textSize: 'normal',
  motion: 'system',
  autoRead: 'band',
  narration: true,
  sounds: true,
  soundVolume: 0.6,
};

export const SETTINGS_VERSION = 1;

type SettingsActions = {
  changeSettings: (change: Partial<Settings>) => void;
  resetSettings: () => void;
};

/** Keeps each saved setting that is still valid; a bad one falls back to its default alone. */
function salvageSettings(value: unknown): { settings: Settings; dropped: boolean } {
  const raw = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  let dropped = false;
  for (const [key, check] of Object.entries(FIELD_CHECKS)) {
    if (!(key in raw) || raw[key] === undefined) continue;
    if (check(raw[key])) settings[key] = raw[key];
    else dropped = true;
  }
  return { settings: settings as Settings, dropped };
}

export const useSettingsStore = create<Settings & SettingsActions>()(
  persist(
    (set) => ({
      ...DEFAULT_SETTINGS,
      changeSettings: (change) => set(change),
      resetSettings: () =>
        set({ ...DEFAULT_SETTINGS, language: undefined, band: undefined, country: undefined }),
    }),
    {
      name: STORAGE_KEYS.settings,
      version: SETTINGS_VERSION,
      storage: createSafeJsonStorage<Settings>(),
      partialize: ({ changeSettings: _c, resetSettings: _r, ...settings }) => settings,
      migrate: (persisted) => salvageSettings(persisted).settings,
      merge(persisted, current) {
        const { settings, dropped } = salvageSettings(persisted);
        if (dropped) setAside(STORAGE_KEYS.settings, JSON.stringify(persisted), 'corrupt');
        return { ...current, ...settings };
      },
    },
  ),
);
