import { useParams } from 'wouter';
import { useLesson } from '../../shared/content/use-lesson';
import { PresentPage } from '../../features/classroom/present/present-page';

export function Component() {
  const { lessonId = '' } = useParams<{ lessonId: string }>();
  return <PresentPage lesson={useLesson(lessonId)} />;
}
