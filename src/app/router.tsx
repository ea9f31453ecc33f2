import { lazy, useState, type ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/home-page';

// Every screen but home is its own chunk. Hash routes (#/learn/8-10) make deep links work on any
// static host, at any sub-path, with no server rewrite rules. wouter keeps the first load small.
type ScreenModule = { Component: ComponentType };
type Screen = ComponentType & { preload: () => Promise<void> };

// `preload` fetches a screen before the first render (a deep link, see main.tsx). A screen whose
// code has arrived renders at once: a lazy one would still suspend for a tick, show the loading
// line, and React would then hold the real screen back for up to 300 ms to avoid flicker.
function screen(load: () => Promise<ScreenModule>): Screen {
  let ready: ComponentType | undefined;
  const fetchScreen = () =>
    load().then((m) => {
      ready = m.Component;
      return m;
    });
  const Lazy = lazy(() => fetchScreen().then((m) => ({ default: m.Component })));
  function Screen() {
    // Chosen once per mount: switching from Lazy to the loaded component would remount the screen.
    const [Component] = useState(() => ready ?? Lazy);
    return <Component />;
  }
  Screen.preload = () => fetchScreen().then(() => undefined);
  return Screen;
}

const BandMap = screen(() => import('./routes/band-map-route'));
const Certificate = screen(() => import('./routes/certificate-route'));
export const LessonScreen = screen(() => import('./routes/lesson-route'));
const Classroom = screen(() => import('./routes/classroom-route'));
const LessonPlan = screen(() => import('./routes/lesson-plan-route'));
const Present = screen(() => import('./routes/present-route'));
const Presenter = screen(() => import('./routes/presenter-route'));
const Parents = screen(() => import('./routes/parents-route'));
const ParentsBand = screen(() => import('./routes/parents-band-route'));
const Help = screen(() => import('./routes/help-route'));
const Settings = screen(() => import('./routes/settings-route'));
const NotFound = screen(() => import('./routes/not-found-route'));

/** The app's screens; the most specific path first. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/learn/:band" component={BandMap} />
      <Route path="/learn/:band/certificate" component={Certificate} />
      <Route path="/learn/:band/:lessonId" component={LessonScreen} />
      <Route path="/learn/:band/:lessonId/together" component={LessonScreen} />
      <Route path="/classroom" component={Classroom} />
      <Route path="/classroom/:lessonId" component={LessonPlan} />
      <Route path="/classroom/:lessonId/present" component={Present} />
      <Route path="/classroom/:lessonId/presenter" component={Presenter} />
      <Route path="/parents" component={Parents} />
      <Route path="/parents/:band" component={ParentsBand} />
      <Route path="/help" component={Help} />
      <Route path="/settings" component={Settings} />
      <Route component={NotFound} />
    </Switch>
  );
}
