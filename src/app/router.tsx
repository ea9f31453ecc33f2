import { createHashRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { AppLayout } from './app-layout';
import { RouteError } from './route-error';

// Every screen but home is its own chunk. Hash routes make deep links work on any static host,
// at any sub-path, with no server rewrite rules.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while the first route's chunk and loader arrive.
    hydrateFallbackElement: <p className="loading">…</p>,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'learn/:band', lazy: () => import('./routes/band-map-route') },
          { path: 'learn/:band/certificate', lazy: () => import('./routes/certificate-route') },
          { path: 'learn/:band/:lessonId', lazy: () => import('./routes/lesson-route') },
          { path: 'classroom', lazy: () => import('./routes/classroom-route') },
          { path: 'classroom/:lessonId', lazy: () => import('./routes/lesson-plan-route') },
          { path: 'classroom/:lessonId/present', lazy: () => import('./routes/present-route') },
          { path: 'classroom/:lessonId/presenter', lazy: () => import('./routes/presenter-route') },
          { path: 'parents', lazy: () => import('./routes/parents-route') },
          { path: 'parents/:band', lazy: () => import('./routes/parents-band-route') },
          { path: 'help', lazy: () => import('./routes/help-route') },
          { path: 'settings', lazy: () => import('./routes/settings-route') },
          { path: '*', lazy: () => import('./routes/not-found-route') },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createHashRouter(routes);

/** For tests: the same routes, starting at `path`. */
export const createTestRouter = (path: string) => createMemoryRouter(routes, { initialEntries: [path] });
