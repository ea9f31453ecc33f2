import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { loadLesson } from '../../shared/content/load-lesson';
import { PresentPage } from '../../features/classroom/present/present-page';

export async function loader({ params }: LoaderFunctionArgs) {
  return { lesson: await loadLesson(params.lessonId ?? '') };
}

export function Component() {
  const { lesson } = useLoaderData<typeof loader>();
  return <PresentPage lesson={lesson} />;
}
