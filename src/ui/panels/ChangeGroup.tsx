import type { ReactNode } from 'react';

export function ChangeGroup({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section className="change-group" aria-label={title}>
      <h3>
        {title} <span className="count">({count})</span>
      </h3>
      {count === 0 ? <p className="none">None</p> : <ul>{children}</ul>}
    </section>
  );
}
