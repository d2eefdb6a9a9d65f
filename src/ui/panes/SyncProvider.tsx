import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ViewTransform } from '../../chart/index.ts';
import type { Side } from '../../store/types.ts';
import { useAppStore } from '../../store/index.ts';
import { SyncContext, type SharedTransform } from './syncContext.ts';

const same = (a: ViewTransform, b: ViewTransform) => a.k === b.k && a.x === b.x && a.y === b.y;

/**
 * Holds the last pan and zoom of either pane while "Sync" is on; a pane echoing what it was given is ignored,
 * and turning Sync off forgets it, so turning it on again never jumps to an old view.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const sync = useAppStore((s) => s.view.sync);
  const [state, setState] = useState<{ sync: boolean; shared: SharedTransform | null }>({ sync, shared: null });
  if (state.sync !== sync) setState({ sync, shared: null });
  const publish = useCallback((from: Side, t: ViewTransform) => {
    setState((old) => (!old.sync || (old.shared && same(old.shared.t, t)) ? old : { sync: old.sync, shared: { from, t } }));
  }, []);
  const shared = state.sync === sync ? state.shared : null;
  const value = useMemo(() => ({ shared, publish }), [shared, publish]);
  return <SyncContext value={value}>{children}</SyncContext>;
}
