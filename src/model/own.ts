/**
 * The value `record` holds under `key` as its own entry, or undefined. Records keyed by user ids (a workspace's
 * `accountable`, `appraisal.scores`) are plain JSON objects, where `record['constructor']` is Object itself and
 * writing through it would change every object; every read keyed by a user id goes through here.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty record with no prototype, for counts or values keyed by user ids. */
export const idRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
