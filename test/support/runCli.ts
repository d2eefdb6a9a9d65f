import { spawnSync } from 'node:child_process';

/** Time allowed to a test that starts the command line as a process: generous, the machine is shared and slow. */
export const PROCESS_TIMEOUT = 60_000;

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the command line as `npm run cli` does (node scripts/cli.mjs: the bundle, rebuilt when stale), capturing both streams. */
export function runCli(args: readonly string[], options: { input?: string; timeout?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, ['scripts/cli.mjs', ...args], {
    encoding: 'utf8',
    input: options.input,
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
