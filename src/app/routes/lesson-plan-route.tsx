import { useParams } from 'wouter';
import { useLesson } from '../../shared/content/use-lesson';
import { LessonPlanPage } from '../../features/classroom/lesson-plan-page';

export function Component() {
  const { lessonId = '' } = useParams<{ lessonId: string }>();
  return <LessonPlanPage lesson={useLesson(lessonId)} />;
}
