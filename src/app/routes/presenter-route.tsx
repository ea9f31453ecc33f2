import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { loadLesson } from '../../shared/content/load-lesson';
import { PresenterPage } from '../../features/classroom/present/presenter-page';

export async function loader({ params }: LoaderFunctionArgs) {
  return { lesson: await loadLesson(params.lessonId ?? '') };
}

export function Component() {
  const { lesson } = useLoaderData<typeof loader>();
  return <PresenterPage lesson={lesson} />;
}
