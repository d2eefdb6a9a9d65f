import { createContext, useContext } from 'react';
import type { AppStore } from './createAppStore.ts';
import { storeWiringErrors } from '../words/saving.ts';

export const StoreContext = createContext<AppStore | null>(null);

/** The store itself, for event handlers that read state at the time of the event. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error(storeWiringErrors.noProvider);
  return store;
}
