import { Link, type LinkProps } from 'react-router';
import type { ButtonVariant } from './button';

export type LinkButtonProps = LinkProps & { variant?: ButtonVariant };

/** A link that looks like a button: for navigation, so it stays a link for screen readers. */
export function LinkButton({ variant = 'secondary', className, ...rest }: LinkButtonProps) {
  return <Link className={['button', `button--${variant}`, className].filter(Boolean).join(' ')} {...rest} />;
}
