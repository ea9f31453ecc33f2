import { ClassroomHub } from '../../features/classroom/classroom-hub';

export function Component() {
  return <ClassroomHub />;
}
