import { createImportSession, type ImportProgress, type Mapping, type PreviewSize, type RunPreview } from '../../import/index.ts';
import type { Workspace } from '../../model/types.ts';
import { answer, type AsOption, type AsWorkspace, type ImportCall, type OpenedInPage } from './answer.ts';
import { importFailure } from '../../words/importDialog.ts';

/** A call to the import worker; `id` pairs it with its replies. Files cross as File objects (structured clone). */
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
  open(files: readonly File[], onProgress?: OnProgress): Promise<OpenedInPage>;
  run(mapping: Mapping, size: PreviewSize, onProgress?: OnProgress): Promise<RunPreview>;
  asWorkspace(): Promise<AsWorkspace>;
  asOption(ws: Workspace, choice: { optionId: string; from?: string }): Promise<AsOption>;
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

type Caller = <T>(c: ImportCall, onProgress?: OnProgress) => Promise<T>;

/** Calls answered by a session in the page, each after a turn of the event loop (so "Reading…" is drawn first). */
function inPageCaller(): Caller {
  const session = createImportSession();
  return async <T>(c: ImportCall, onProgress?: OnProgress): Promise<T> => {
    await new Promise((r) => setTimeout(r, 0));
    return (await answer(session, c, (p) => onProgress?.(p), readBytes)) as T;
  };
}

/** The job's methods over a way of making calls; `end` is the caller's. */
const jobOf = (call: Caller, end: () => void): ImportJob => ({
  open: (files, onProgress) => call({ call: 'open', files: [...files] }, onProgress),
  run: (mapping, size, onProgress) => call({ call: 'run', mapping, size }, onProgress),
  asWorkspace: () => call({ call: 'asWorkspace' }),
  asOption: (ws, choice) => call({ call: 'asOption', ws, choice }),
  end,
});

/** The session in the page: nothing to terminate, so `end` only makes pending and later answers go unheard. */
function inPage(): ImportJob {
  const local = inPageCaller();
  let ended = false;
  const call: Caller = async (c, onProgress) => {
    if (ended) throw new ImportEnded();
    const value = await local<never>(c, onProgress);
    if (ended) throw new ImportEnded();
    return value;
  };
  return jobOf(call, () => {
    ended = true;
  });
}

interface Pending {
  request: ImportCall;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: OnProgress;
}

/**
 * The session in a dedicated module worker (import.worker.ts), created on the first call. A worker that cannot
 * start (the browser refuses module workers, or a content security policy blocks the script: it fails before it
 * has answered anything) is replaced by the page, and the calls it held are made there.
 */
function inWorker(): ImportJob {
  let worker: Worker | null = null;
  let heard = false;
  let local: Caller | null = null;
  let next = 1;
  let ended = false;
  const pending = new Map<number, Pending>();
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const inThePage = (p: Pending) => {
    local ??= inPageCaller();
    local(p.request, p.onProgress).then(
      (v) => (ended ? p.reject(new ImportEnded()) : p.resolve(v)),
      (e: unknown) => p.reject(e instanceof Error ? e : new Error(String(e))),
    );
  };
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    const held = [...pending.values()];
    pending.clear();
    held.forEach(inThePage);
  };
  const start = (): Worker | null => {
    let w: Worker;
    try {
      w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    w.addEventListener('message', (e: MessageEvent<ImportReply>) => {
      heard = true;
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
    w.addEventListener('error', (e) => {
      if (heard) failAll(new Error(e.message || importFailure.workerStopped));
      else fallBack();
    });
    return w;
  };
  const call: Caller = <T>(request: ImportCall, onProgress?: OnProgress): Promise<T> => {
    if (ended) return Promise.reject(new ImportEnded());
    return new Promise<T>((resolve, reject) => {
      const p: Pending = { request, resolve: resolve as (v: unknown) => void, reject, onProgress };
      if (!local) worker ??= start();
      if (!worker) {
        inThePage(p);
        return;
      }
      const id = next++;
      pending.set(id, p);
      const message: ImportRequest = { ...request, id };
      worker.postMessage(message);
    });
  };
  return jobOf(call, () => {
    ended = true;
    worker?.terminate();
    worker = null;
    failAll(new ImportEnded());
  });
}

/** A new import job: in a Web Worker where the browser has them, otherwise in the page. */
export function startImportJob(): ImportJob {
  return typeof Worker === 'undefined' ? inPage() : inWorker();
}
