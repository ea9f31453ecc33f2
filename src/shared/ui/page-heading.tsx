import { useEffect, useRef, type ReactNode } from 'react';

export type PageHeadingProps = { children: ReactNode; intro?: ReactNode };

/**
 * The page's one h1. It takes focus when the page opens after a navigation, so screen reader
 * users hear where they are (a single-page app otherwise stays silent).
 */
export function PageHeading({ children, intro }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (typeof children === 'string') document.title = `${children} · Spot the Signs`;
  }, [children]);
  useEffect(() => {
    if (document.body.dataset.navigated === 'true') ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <header className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {intro ? <p className="page-heading__intro">{intro}</p> : null}
    </header>
  );
}
