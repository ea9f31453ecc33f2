import type { ReactNode } from 'react';

export type NoticeProps = { tone?: 'info' | 'warning' | 'success'; children: ReactNode; actions?: ReactNode };

/** A calm message box. Announced politely: never an alarm. */
export function Notice({ tone = 'info', children, actions }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role="status">
      <div className="notice__text">{children}</div>
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </div>
  );
}
