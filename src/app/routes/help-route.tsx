import { HelpPage } from '../../features/help/help-page';

export function Component() {
  return <HelpPage />;
}
