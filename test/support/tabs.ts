import type { AppStoreOptions } from '../../src/store/index.ts';
import type { StorageChange } from '../../src/store/autosave.ts';
import { MemoryStorage } from './memoryStorage.ts';

/**
 * Several tabs of one browser: one storage shared by all, and `storage` events that reach every tab but the
 * writer's, as a browser sends them. Events wait in a queue until `deliver()`, so a test can make two tabs edit
 * before either hears of the other.
 */
export class Tabs {
  readonly storage = new MemoryStorage();
  private readonly listeners: ((change: StorageChange) => void)[] = [];
  private queue: { from: number; change: StorageChange }[] = [];
  /** Each tab's own copy of the storage, when `lagging`: a tab reads another's write only once it is delivered. */
  private readonly copies: Map<string, string>[] = [];

  /** `lagging`: each tab reads its own copy, as Chromium's tabs do, so two tabs can both miss each other's write. */
  constructor(private readonly lagging = false) {}

  /** Options for createAppStore that make a new tab. */
  tab(): AppStoreOptions {
    const id = this.listeners.length;
    this.listeners.push(() => undefined);
    const shared = this.storage;
    const copy = new Map<string, string>();
    for (let i = 0; i < shared.length; i++) copy.set(shared.key(i)!, shared.getItem(shared.key(i)!)!);
    this.copies.push(copy);
    const lagging = this.lagging;
    const queue = (change: StorageChange) => this.queue.push({ from: id, change });
    const view: Storage = {
      get length() {
        return shared.length;
      },
      clear: () => shared.clear(),
      key: (i) => shared.key(i),
      getItem: (k) => (lagging ? (copy.get(k) ?? null) : shared.getItem(k)),
      removeItem: (k) => {
        shared.removeItem(k);
        copy.delete(k);
        queue({ key: k, newValue: null });
      },
      setItem: (k, v) => {
        shared.setItem(k, v);
        copy.set(k, String(v));
        queue({ key: k, newValue: String(v) });
      },
    };
    return {
      storage: view,
      listen: (onChange) => {
        this.listeners[id] = onChange;
      },
    };
  }

  /** Sends every queued event to every tab but its writer, in order. */
  deliver(): void {
    while (this.queue.length > 0) {
      const { from, change } = this.queue.shift()!;
      this.listeners.forEach((l, i) => {
        if (i === from) return;
        if (change.key !== null) {
          if (change.newValue === null) this.copies[i]!.delete(change.key);
          else this.copies[i]!.set(change.key, change.newValue);
        }
        l(change);
      });
    }
  }
}
