import { planBandDownload } from '../../src/features/offline/download-band';
import type { OfflineManifest } from '../../src/shared/offline/content-cache';

const manifest: OfflineManifest = {
  player: ['assets/lesson-route.js'],
  lessons: {
    'trusted-adults': {
      band: '4-7',
      files: ['assets/lesson/trusted-adults.js', 'assets/words/en/lessons/trusted-adults.js'],
    },
    'fake-profiles': { band: '11-13', files: ['assets/lesson/fake-profiles.js'] },
  },
  bytes: {
    'assets/lesson-route.js': 1000,
    'assets/lesson/trusted-adults.js': 200,
    'assets/words/en/lessons/trusted-adults.js': 300,
    'assets/lesson/fake-profiles.js': 999,
  },
  audio: {
    '4-7': {
      fr: {
        webm: { list: 'offline/audio-4-7-fr-webm.json', clips: 2, bytes: 5000 },
        mp3: { list: 'offline/audio-4-7-fr-mp3.json', clips: 2, bytes: 7000 },
      },
    },
  },
};
const lists: Record<string, string[]> = {
  './offline/audio-4-7-fr-webm.json': [
    'audio/fr/trusted-adults/meta.title.webm?v=abc',
    'audio/fr/trusted-adults/steps.a.title.webm?v=def',
  ],
};
const fakeFetch = (async (url: string) => {
  const body = url === './offline-manifest.json' ? manifest : lists[url];
  return body ? new Response(JSON.stringify(body)) : new Response('', { status: 404 });
}) as typeof fetch;

test("a band's download is its lessons, the player, and its narration in the language and format in use", async () => {
  const plan = await planBandDownload('4-7', 'fr', 'webm', fakeFetch);
  expect(plan.files).toEqual([
    'assets/lesson-route.js',
    'assets/lesson/trusted-adults.js',
    'assets/words/en/lessons/trusted-adults.js',
    'audio/fr/trusted-adults/meta.title.webm?v=abc',
    'audio/fr/trusted-adults/steps.a.title.webm?v=def',
  ]);
  expect(plan.bytes).toBe(1000 + 200 + 300 + 5000);
});

test('where a band has no narration in the language, the download is the lessons alone', async () => {
  const plan = await planBandDownload('4-7', 'de', 'webm', fakeFetch);
  expect(plan.files.filter((f) => f.startsWith('audio/'))).toEqual([]);
  expect(plan.bytes).toBe(1500);
});

test('a missing narration list fails the plan rather than offering a download that is not whole', async () => {
  await expect(planBandDownload('4-7', 'fr', 'mp3', fakeFetch)).rejects.toThrow(/HTTP 404/);
});
