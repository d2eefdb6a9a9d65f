import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ViewTransform } from '../../chart/index.ts';
import type { Side } from '../../store/types.ts';
import { SyncContext, type SharedTransform } from './syncContext.ts';

const same = (a: ViewTransform, b: ViewTransform) => a.k === b.k && a.x === b.x && a.y === b.y;

/** Holds the last pan and zoom of either pane, for "Sync"; a pane echoing what it was given is ignored. */
export function SyncProvider({ children }: { children: ReactNode }) {
  const [shared, setShared] = useState<SharedTransform | null>(null);
  const publish = useCallback((from: Side, t: ViewTransform) => {
    setShared((old) => (old && same(old.t, t) ? old : { from, t }));
  }, []);
  const value = useMemo(() => ({ shared, publish }), [shared, publish]);
  return <SyncContext value={value}>{children}</SyncContext>;
}
