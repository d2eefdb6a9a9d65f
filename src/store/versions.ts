import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';

/** A named version as listed: no workspace text, so a long list stays cheap to show. */
export interface VersionInfo {
  id: string;
  name: string;
  /** ISO time it was saved. */
  savedAt: string;
  /** The workspace's title then. */
  title: string;
}

interface VersionRecord extends VersionInfo {
  /** The workspace file's text (serializeWorkspace). */
  text: string;
}

/** Where named versions are kept. */
export interface VersionShelf {
  list(): Promise<VersionInfo[]>;
  put(info: VersionInfo, text: string): Promise<void>;
  text(id: string): Promise<string | null>;
  remove(id: string): Promise<void>;
}

/**
 * Named versions in the browser's IndexedDB (database "org-options", object store "versions"), through idb-keyval:
 * one record per version, keyed by its id. Null where the browser has no IndexedDB.
 */
export function indexedDbShelf(): VersionShelf | null {
  if (typeof indexedDB === 'undefined') return null;
  let db: UseStore | null = null;
  const store = () => (db ??= createStore('org-options', 'versions'));
  return {
    async list() {
      const all = await values<VersionRecord>(store());
      return all.map(({ id, name, savedAt, title }) => ({ id, name, savedAt, title })).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    put: (info, text) => set(info.id, { ...info, text } satisfies VersionRecord, store()),
    async text(id) {
      return (await get<VersionRecord>(id, store()))?.text ?? null;
    },
    remove: (id) => del(id, store()),
  };
}
