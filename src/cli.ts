import { UsageError, type CliIo } from './cli/command.ts';
import { commands } from './cli/commands.ts';
import { writeFileAtomic } from './cli/atomicWrite.ts';
import { capErrors, sameFile, terminalSafe } from './cli/output.ts';
import { readInputBytes, readInputText } from './cli/readInput.ts';

// A closed pipe (`… | head`) ends the run quietly instead of with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

function usage(): string {
  return ['usage: npm run -s cli -- <command> …', ...commands.map((c) => `  ${c.usage}`)].join('\n');
}

const say = (line: string) => process.stderr.write(`${terminalSafe(line)}\n`);

function main(argv: string[]): number {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    say(`${name ? `unknown command "${name}"\n` : ''}${usage()}`);
    return 2;
  }
  const read: string[] = [];
  const io: CliIo = {
    readText: (path) => {
      read.push(path);
      return readInputText(path);
    },
    readBytes: (path) => {
      read.push(path);
      return readInputBytes(path);
    },
  };
  try {
    const out = command.run(rest, io);
    for (const f of out.files ?? []) {
      // import --into replaces the workspace it read, on purpose; every other command's output must not be an input.
      const input = read.find((r) => sameFile(r, f.path) && !(f.inPlace && r === f.path));
      if (input !== undefined) {
        say(`${command.name}: refusing to write ${f.path}: it is the input file ${input}; choose another --out`);
        return 1;
      }
    }
    for (const f of out.files ?? []) {
      try {
        writeFileAtomic(f.path, f.content);
      } catch (e) {
        say(`${command.name}: cannot write ${f.path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}; nothing was changed there`);
        return 1;
      }
    }
    if (out.stdout) process.stdout.write(terminalSafe(out.stdout.endsWith('\n') ? out.stdout : `${out.stdout}\n`));
    for (const line of capErrors(out.stderr ?? [])) say(line);
    return out.code;
  } catch (e) {
    if (e instanceof UsageError) {
      say(`${e.message}\nusage: npm run -s cli -- ${command.usage}`);
      return 2;
    }
    say(`${command.name}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
