import type { ComponentProps } from 'react';
import { Link } from 'wouter';
import type { ButtonVariant } from './button';

export type LinkButtonProps = ComponentProps<typeof Link> & { variant?: ButtonVariant; className?: string };

/** A link that looks like a button: for navigation, so it stays a link for screen readers. */
export function LinkButton({ variant = 'secondary', className, ...rest }: LinkButtonProps) {
  return <Link className={['button', `button--${variant}`, className].filter(Boolean).join(' ')} {...rest} />;
}
