import type { ReactNode } from 'react';
import type { AppStore } from './createAppStore.ts';
import { StoreContext } from './storeContext.ts';

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}
