// The `cli` script: runs the bundled command line (build/cli.mjs), first rebuilding it when it is
// missing or older than any source it was built from (so editing src/ never runs stale code).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'build', 'cli.mjs');

function stale() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(root, 'build', 'cli.inputs.json'), 'utf8'));
    return inputs.some((p) => {
      try {
        return statSync(join(root, p)).mtimeMs > built;
      } catch {
        return true;
      }
    });
  } catch {
    return true;
  }
}

if (stale()) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
await import(pathToFileURL(bundle).href);
