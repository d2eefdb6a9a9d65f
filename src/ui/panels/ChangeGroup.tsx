import type { ReactNode } from 'react';
import { CHANGES_PANEL } from '../../words/panels.ts';

/** A group of change lines under its heading; `count` says what it counts ("3", or "3 fields changed on 2 posts and units"). */
export function ChangeGroup({ title, count, empty, children }: { title: string; count: string; empty: boolean; children: ReactNode }) {
  return (
    <section className="change-group" aria-label={title}>
      <h3>
        {title} <span className="count">({count})</span>
      </h3>
      {empty ? <p className="none">{CHANGES_PANEL.none}</p> : <ul>{children}</ul>}
    </section>
  );
}
