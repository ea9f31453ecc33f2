/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkFileName } from './build/chunk-names.ts';
import { contentPlugin } from './build/content-plugin.ts';
import { cspPlugin } from './build/csp-plugin.ts';
import { narrationPlugin } from './build/narration-plugin.ts';
import { offlineManifestPlugin } from './build/offline-manifest-plugin.ts';
import { CONTENT_CACHE, OFFLINE_MANIFEST } from './src/shared/offline/content-cache.ts';

export default defineConfig({
  // Relative asset paths and hash routes: dist/ works from any static host, at any sub-path.
  base: './',
  plugins: [
    contentPlugin(),
    narrationPlugin(),
    react(),
    cspPlugin(),
    offlineManifestPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Spot the Signs',
        short_name: 'Spot the Signs',
        description: 'Learn the signs of online grooming, and who can help.',
        theme_color: '#2f5da8',
        background_color: '#fffaf3',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The offline shell: the app, its UI words in every language, the neutral quick-exit page.
        // Lessons, their words and audio are cached when opened, or per band on request.
        globPatterns: [
          'index.html',
          'neutral.html',
          '*.{svg,png}',
          'assets/*.{js,css}',
          'assets/words/*/*.js',
          // The four player sounds: 40 KB in both formats, and every lesson uses them.
          'audio/sfx/*.{webm,mp3}',
        ],
        navigateFallback: null,
        runtimeCaching: [
          {
            // Hashed file names: a cached copy is always the right one.
            urlPattern: ({ url }) => /\/(assets\/(lesson|words)|audio)\//.test(url.pathname),
            handler: 'CacheFirst',
            // ignoreVary: a band download (fetch) and a module import (CORS mode, Origin header) must
            // find the same stored file even when the server answers "Vary: Origin".
            options: {
              cacheName: CONTENT_CACHE,
              cacheableResponse: { statuses: [200] },
              matchOptions: { ignoreVary: true },
            },
          },
          {
            urlPattern: ({ url }) => url.pathname.endsWith(`/${OFFLINE_MANIFEST}`),
            handler: 'NetworkFirst',
            options: { cacheName: CONTENT_CACHE },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        chunkFileNames: chunkFileName,
        codeSplitting: {
          groups: [
            {
              // Everything the first screen needs in one file: on HTTP/1.1 (which many school
              // proxies still speak) every extra file costs a round trip.
              name: 'app',
              tags: ['$initial'],
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
