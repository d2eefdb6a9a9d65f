export { createAppStore, type AppStore, type AppStoreOptions } from './createAppStore.ts';
export { StoreProvider } from './StoreProvider.tsx';
export { useAppStore } from './useAppStore.ts';
export { useAppStoreApi } from './storeContext.ts';
export { STORAGE_KEY, UNREADABLE_PREFIX } from './persistence.ts';
export type { AppState, Notice, Side, ViewState, ImportResult } from './types.ts';
