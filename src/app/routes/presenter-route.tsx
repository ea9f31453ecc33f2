import { useParams } from 'wouter';
import { useLesson } from '../../shared/content/use-lesson';
import { PresenterPage } from '../../features/classroom/present/presenter-page';

export function Component() {
  const { lessonId = '' } = useParams<{ lessonId: string }>();
  return <PresenterPage lesson={useLesson(lessonId)} />;
}
