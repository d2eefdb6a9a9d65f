import { UsageError, type CliIo } from './cli/command.ts';
import { commands } from './cli/commands.ts';
import { writeFileAtomic } from './cli/atomicWrite.ts';
import { capErrors, sameFile, terminalSafe } from './cli/output.ts';
import { readInputBytes, readInputText } from './cli/readInput.ts';
import { cannotWrite, commandFailed, commandList, HELP, outputIsInput, usageLine } from './words/cli.ts';

// A closed pipe (`… | head`) ends the run quietly instead of with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const say = (line: string) => process.stderr.write(`${terminalSafe(line)}\n`);

const isHelpFlag = (a: string): boolean => (HELP.flags as readonly string[]).includes(a);
/** Every command's usage, help's last: what `help` prints and an unknown command lists. */
const usages = (): string[] => [...commands.map((c) => c.usage), HELP.usage];

/** Usage asked for (`help [COMMAND]`, `--help`, `-h`, or `COMMAND --help`): printed on stdout, exit 0; an unknown COMMAND is a usage error. */
function help(name: string | undefined): number {
  const command = name === undefined ? undefined : commands.find((c) => c.name === name);
  if (name !== undefined && !command) {
    say(commandList(name, usages()));
    return 2;
  }
  process.stdout.write(`${command ? usageLine(command.usage) : commandList(undefined, usages())}\n`);
  return 0;
}

function main(argv: string[]): number {
  const [name, ...rest] = argv;
  if (name === HELP.command) return help(rest[0]);
  if (name !== undefined && isHelpFlag(name)) return help(undefined);
  const command = commands.find((c) => c.name === name);
  if (!command) {
    say(commandList(name, usages()));
    return 2;
  }
  if (rest.some(isHelpFlag)) return help(command.name);
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
        say(outputIsInput(command.name, f.path, input));
        return 1;
      }
    }
    for (const f of out.files ?? []) {
      try {
        writeFileAtomic(f.path, f.content);
      } catch (e) {
        say(cannotWrite(command.name, f.path, (e as NodeJS.ErrnoException).code ?? String(e)));
        return 1;
      }
    }
    if (out.stdout) process.stdout.write(terminalSafe(out.stdout.endsWith('\n') ? out.stdout : `${out.stdout}\n`));
    for (const line of capErrors(out.stderr ?? [])) say(line);
    return out.code;
  } catch (e) {
    if (e instanceof UsageError) {
      say(`${e.message}\n${usageLine(command.usage)}`);
      return 2;
    }
    say(commandFailed(command.name, e instanceof Error ? e.message : String(e)));
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
