import { lazy, type ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/home-page';

// Every screen but home is its own chunk. Hash routes (#/learn/8-10) make deep links work on any
// static host, at any sub-path, with no server rewrite rules. wouter keeps the first load small.
const screen = (load: () => Promise<{ Component: ComponentType }>) =>
  lazy(() => load().then((m) => ({ default: m.Component })));

const BandMap = screen(() => import('./routes/band-map-route'));
const Certificate = screen(() => import('./routes/certificate-route'));
const LessonScreen = screen(() => import('./routes/lesson-route'));
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
