import { ParentsHub } from '../../features/parents/parents-hub';

export function Component() {
  return <ParentsHub />;
}
