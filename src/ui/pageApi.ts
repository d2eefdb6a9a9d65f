import type { AppStore, ImportResult } from '../store/index.ts';

/** What the page offers to scripts (browser tests and the benchmark), as `window.__orgOptions`. */
export interface OrgOptionsPageApi {
  /** Loads workspace text as "Import" does: invalid text changes nothing and the errors are returned. */
  loadWorkspaceText(text: string): ImportResult;
}

declare global {
  interface Window {
    __orgOptions?: OrgOptionsPageApi;
  }
}

export function installPageApi(win: Window, store: AppStore): void {
  win.__orgOptions = { loadWorkspaceText: (text) => store.getState().importWorkspace(text) };
}
