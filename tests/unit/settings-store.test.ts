import { DEFAULT_SETTINGS, useSettingsStore } from '../../src/features/settings/settings-store';
import { STORAGE_KEYS } from '../../src/shared/storage/safe-storage';

test('saved settings that are still valid are kept, and a bad one alone falls back to its default', async () => {
  window.localStorage.setItem(
    STORAGE_KEYS.settings,
    JSON.stringify({
      version: 1,
      state: { language: 'en', textSize: 'huge', band: '8-10', soundVolume: 7, sounds: false },
    }),
  );
  await useSettingsStore.persist.rehydrate();
  const s = useSettingsStore.getState();
  expect(s.band).toBe('8-10');
  expect(s.sounds).toBe(false);
  expect(s.textSize).toBe(DEFAULT_SETTINGS.textSize);
  expect(s.soundVolume).toBe(DEFAULT_SETTINGS.soundVolume);
  const aside = Object.keys(window.localStorage).filter((k) => k.startsWith(STORAGE_KEYS.quarantinePrefix));
  expect(aside).toHaveLength(1);
});
