import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError, type CliIo } from './cli/command.ts';
import { commands } from './cli/commands.ts';

const io: CliIo = { readText: (path) => readFileSync(path, 'utf8') };

/** Writes `path` whole or not at all: a temp file in the same folder, then a rename over the target. */
function writeAtomically(path: string, content: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

function usage(): string {
  return ['usage: npm run -s cli -- <command> …', ...commands.map((c) => `  ${c.usage}`)].join('\n');
}

function main(argv: string[]): number {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`${name ? `unknown command "${name}"\n` : ''}${usage()}\n`);
    return 2;
  }
  try {
    const out = command.run(rest, io);
    for (const f of out.files ?? []) writeAtomically(f.path, f.content);
    if (out.stdout) process.stdout.write(out.stdout.endsWith('\n') ? out.stdout : `${out.stdout}\n`);
    for (const line of out.stderr ?? []) process.stderr.write(`${line}\n`);
    return out.code;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\nusage: npm run -s cli -- ${command.usage}\n`);
      return 2;
    }
    process.stderr.write(`${command.name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
