import { usageErrors } from '../words/cli.ts';

/** What a command prints and the exit code it wants; commands never touch process.* themselves. */
export interface CommandOutput {
  code: number;
  stdout?: string;
  stderr?: string[];
  /** Binary or text to write to a file given by the command's own option (e.g. export --out). */
  /** `inPlace`: the file is one the command read and means to replace (import --into), written atomically all the same. */
  files?: { path: string; content: string | Uint8Array; inPlace?: true }[];
}

export interface CliIo {
  readText(path: string): string;
  /** The file's bytes, for inputs that are not workspaces (import's CSV, whose encoding it works out itself). */
  readBytes?(path: string): Uint8Array;
}

export interface Command {
  name: string;
  usage: string;
  run(args: string[], io: CliIo): CommandOutput;
}

export class UsageError extends Error {}

/** Splits argv into positionals and flags; flags in `valued` take the next word as their value. */
export function parseArgs(args: string[], valued: readonly string[], boolean: readonly string[]) {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
    } else if (valued.includes(a)) {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(usageErrors.needsValue(a));
      flags.set(a, v);
    } else if (boolean.includes(a)) {
      flags.set(a, true);
    } else {
      throw new UsageError(usageErrors.unknownOption(a));
    }
  }
  return { positional, flags };
}
