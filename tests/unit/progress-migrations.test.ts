import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  migrateProgress,
  PROGRESS_VERSION,
  progressVersions,
} from '../../src/features/progress/migrate-progress';
import { useProgressStore } from '../../src/features/progress/progress-store';
import { STORAGE_KEYS } from '../../src/shared/storage/safe-storage';

const dir = join(process.cwd(), 'tests/fixtures/progress');
const fixtures = readdirSync(dir).filter((f) => /^v\d+\.json$/.test(f));

test('there is a frozen fixture of every saved-progress version', () => {
  const versions = fixtures.map((f) => Number(f.match(/\d+/)![0])).sort((a, b) => a - b);
  expect(versions).toEqual(Object.values(progressVersions));
  expect(versions.at(-1)).toBe(PROGRESS_VERSION);
});

test.each(fixtures)("progress saved as %s loads in today's app with nothing lost", async (name) => {
  const saved = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const { state, dropped } = migrateProgress(saved.state, saved.version);
  expect(dropped).toBe(0);
  expect(Object.keys(state.lessons)).toEqual(Object.keys(saved.state.lessons));

  window.localStorage.setItem(STORAGE_KEYS.progress, JSON.stringify(saved));
  await useProgressStore.persist.rehydrate();
  const loaded = useProgressStore.getState();
  expect(loaded.lessons['trusted-adults']?.completedAt).toBe('2026-10-01T09:00:00.000Z');
  expect(loaded.lessons['who-is-really-there']?.currentStepId).toBe('clue-hunt');
  expect(loaded.nickname).toBe('Star');
});
