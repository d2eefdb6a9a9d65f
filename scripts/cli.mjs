// The `cli` script: runs the bundled command line (build/cli.mjs), first rebuilding it when it is missing or
// the contents of any file it was built from have changed (scripts/cli-inputs.mjs), so editing src/, a
// checkout or a copied build never runs stale code.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStale } from './cli-inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'build', 'cli.mjs');

if (isStale(root, bundle)) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
await import(pathToFileURL(bundle).href);
