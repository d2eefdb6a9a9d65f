/**
 * The app's import worker: runs an ImportSession (src/import/session.ts) off the page's main thread, so reading and
 * checking a 20 MB file leaves the page answering. Messages are ImportRequest in and ImportReply out (importJob.ts).
 */
import { createImportSession, type ImportProgress } from '../../import/index.ts';
import type { ImportReply, ImportRequest } from './importJob.ts';

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's scope, with these two members.
const scope = self as unknown as { postMessage(m: ImportReply): void; addEventListener(type: 'message', f: (e: MessageEvent<ImportRequest>) => void): void };
const session = createImportSession();

scope.addEventListener('message', (e) => {
  const req = e.data;
  const report = (progress: ImportProgress) => scope.postMessage({ id: req.id, type: 'progress', progress });
  void (async () => {
    try {
      if (req.call === 'open') {
        const files = await Promise.all(req.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        scope.postMessage({ id: req.id, type: 'done', value: session.open(files, report) });
      } else if (req.call === 'run') scope.postMessage({ id: req.id, type: 'done', value: session.run(req.mapping, report) });
      else scope.postMessage({ id: req.id, type: 'done', value: session.asWorkspace() });
    } catch (err) {
      scope.postMessage({ id: req.id, type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
