import { createImportSession, type ImportProgress, type ImportResult, type Mapping, type Opened } from '../../import/index.ts';
import type { WorkspaceResult } from '../../io/index.ts';
import { importFailure } from '../../words/importDialog.ts';

/** A call to the import worker; `id` pairs it with its replies. Files cross as File objects (structured clone). */
type ImportCall = { call: 'open'; files: File[] } | { call: 'run'; mapping: Mapping } | { call: 'asWorkspace' };
export type ImportRequest = ImportCall & { id: number };

/** The worker's answers to a call: progress while it works, then its value or why it failed. */
export type ImportReply = { id: number; type: 'progress'; progress: ImportProgress } | { id: number; type: 'done'; value: unknown } | { id: number; type: 'failed'; message: string };

/** What a pending call is rejected with when its job is ended (Cancel) before it answered. */
export class ImportEnded extends Error {
  override name = 'ImportEnded';
}

type OnProgress = (p: ImportProgress) => void;

/**
 * One import in the app, from choosing files to the result (src/import/session.ts): run in a Web Worker, so the
 * page answers while a large file is read and checked, or in the page where there is no Worker (jsdom, tests).
 * Results arrive as plain data. `end` stops the work at once (the worker is terminated) and frees the files' text;
 * calls pending then reject with ImportEnded, and the job takes no more.
 */
export interface ImportJob {
  open(files: readonly File[], onProgress?: OnProgress): Promise<Opened>;
  run(mapping: Mapping, onProgress?: OnProgress): Promise<ImportResult>;
  asWorkspace(): Promise<WorkspaceResult>;
  end(): void;
}

/** The bytes of a file by FileReader, which jsdom has (it lacks Blob.arrayBuffer). */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : new Uint8Array());
    reader.onerror = () => reject(reader.error ?? new Error(importFailure.unreadable));
    reader.readAsArrayBuffer(file);
  });
}

/** The same session in the page: nothing to terminate, so `end` only makes pending and later answers go unheard. */
function inPage(): ImportJob {
  const session = createImportSession();
  let ended = false;
  const guard = async <T>(work: () => T | Promise<T>): Promise<T> => {
    // A turn of the event loop first, so whatever says "Reading…" is drawn before the work holds the page.
    await new Promise((r) => setTimeout(r, 0));
    if (ended) throw new ImportEnded();
    const value = await work();
    if (ended) throw new ImportEnded();
    return value;
  };
  return {
    open: (files, onProgress) => guard(async () => session.open(await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await readBytes(f) }))), onProgress)),
    run: (mapping, onProgress) => guard(() => session.run(mapping, onProgress)),
    asWorkspace: () => guard(() => session.asWorkspace()),
    end: () => {
      ended = true;
    },
  };
}

/** The session in a dedicated module worker (import.worker.ts), created on the first call. */
function inWorker(): ImportJob {
  let worker: Worker | null = null;
  let next = 1;
  let ended = false;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: OnProgress }>();
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (e: MessageEvent<ImportReply>) => {
      const reply = e.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === 'progress') p.onProgress?.(reply.progress);
      else {
        pending.delete(reply.id);
        if (reply.type === 'done') p.resolve(reply.value);
        else p.reject(new Error(reply.message));
      }
    });
    w.addEventListener('error', (e) => failAll(new Error(e.message || importFailure.workerStopped)));
    return w;
  };
  const call = <T>(request: ImportCall, onProgress?: OnProgress): Promise<T> => {
    if (ended) return Promise.reject(new ImportEnded());
    worker ??= start();
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      const message: ImportRequest = { ...request, id };
      worker!.postMessage(message);
    });
  };
  return {
    open: (files, onProgress) => call({ call: 'open', files: [...files] }, onProgress),
    run: (mapping, onProgress) => call({ call: 'run', mapping }, onProgress),
    asWorkspace: () => call({ call: 'asWorkspace' }),
    end: () => {
      ended = true;
      worker?.terminate();
      worker = null;
      failAll(new ImportEnded());
    },
  };
}

/** A new import job: in a Web Worker where the browser has them, otherwise in the page. */
export function startImportJob(): ImportJob {
  return typeof Worker === 'undefined' ? inPage() : inWorker();
}
