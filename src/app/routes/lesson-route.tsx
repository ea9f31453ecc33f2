import { useParams, useRoute } from 'wouter';
import { isBand } from '../../shared/content/content-constants';
import { LessonNotFoundError } from '../../shared/content/load-lesson';
import { useLesson } from '../../shared/content/use-lesson';
import { LessonPlayer } from '../../features/lesson-player/lesson-player';

/** `/learn/:band/:lessonId`, and `.../together` for a parent and child playing in family mode. */
export function Component() {
  const { band, lessonId = '' } = useParams<{ band: string; lessonId: string }>();
  const [together] = useRoute('/learn/:band/:lessonId/together');
  const lesson = useLesson(lessonId);
  if (!isBand(band) || lesson.band !== band) throw new LessonNotFoundError(lessonId);
  return <LessonPlayer key={lesson.id} lesson={lesson} band={band} family={together} />;
}
