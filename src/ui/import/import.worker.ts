/**
 * The app's import worker: answers calls on one ImportSession (src/import/session.ts) off the page's main thread,
 * so reading and checking a 20 MB file leaves the page answering. ImportRequest in, ImportReply out (importJob.ts).
 */
import { createImportSession, type ImportProgress } from '../../import/index.ts';
import { answer } from './answer.ts';
import type { ImportReply, ImportRequest } from './importJob.ts';

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's scope, with these two members.
const scope = self as unknown as { postMessage(m: ImportReply): void; addEventListener(type: 'message', f: (e: MessageEvent<ImportRequest>) => void): void };
const session = createImportSession();

scope.addEventListener('message', (e) => {
  const req = e.data;
  const report = (progress: ImportProgress) => scope.postMessage({ id: req.id, type: 'progress', progress });
  answer(session, req, report, async (f) => new Uint8Array(await f.arrayBuffer())).then(
    (value) => scope.postMessage({ id: req.id, type: 'done', value }),
    (err: unknown) => scope.postMessage({ id: req.id, type: 'failed', message: err instanceof Error ? err.message : String(err) }),
  );
});
