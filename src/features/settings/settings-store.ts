import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { BANDS } from '../../shared/content/content-constants';
import { LANGUAGE_CODES } from '../../shared/content/languages';
import { createSafeJsonStorage, setAside, STORAGE_KEYS } from '../../shared/storage/safe-storage';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export const MOTION_CHOICES = ['system', 'reduce', 'full'] as const;
export const AUTO_READ_CHOICES = ['band', 'always', 'never'] as const;

const settingsSchema = z.object({
  /** Unset until the user picks: the browser's language is used meanwhile. */
  language: z.optional(z.enum(LANGUAGE_CODES as [string, ...string[]])),
  band: z.optional(z.enum(BANDS)),
  /** ISO country code for the help page; unset means "from the language". */
  country: z.optional(z.string().check(z.regex(/^([A-Z]{2}|OTHER)$/))),
  textSize: z.enum(TEXT_SIZES),
  motion: z.enum(MOTION_CHOICES),
  /** Read each step aloud when it opens: by default only for 4-7, who cannot read yet. */
  autoRead: z.enum(AUTO_READ_CHOICES),
  narration: z.boolean(),
  sounds: z.boolean(),
  soundVolume: z.number().check(z.minimum(0), z.maximum(1)),
});
export type Settings = z.infer<typeof settingsSchema>;

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
  for (const [key, field] of Object.entries(settingsSchema.def.shape)) {
    if (!(key in raw)) continue;
    const parsed = (field as z.ZodMiniType).safeParse(raw[key]);
    if (parsed.success) settings[key] = parsed.data;
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
