import { createContext, useContext } from 'react';
import type { ViewTransform } from '../../chart/index.ts';
import type { Side } from '../../store/types.ts';

export interface SharedTransform {
  from: Side;
  t: ViewTransform;
}

export interface SyncValue {
  shared: SharedTransform | null;
  publish: (from: Side, t: ViewTransform) => void;
}

export const SyncContext = createContext<SyncValue>({ shared: null, publish: () => undefined });

export const useSync = (): SyncValue => useContext(SyncContext);
