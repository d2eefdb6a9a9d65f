import { useStore } from 'zustand';
import type { AppState } from './types.ts';
import { useAppStoreApi } from './storeContext.ts';

/** Subscribes to one slice of the app state; pass a module-level selector so the result is stable. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
