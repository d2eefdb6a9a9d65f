import { parseArgs, UsageError, type Command } from './command.ts';
import { loadWorkspace, pickStructure } from './load.ts';
import { USAGE, usageErrors } from '../words/cli.ts';

export const apply: Command = {
  name: 'apply',
  usage: USAGE.apply,
  run(args, io) {
    const { positional } = parseArgs(args, [], []);
    if (positional.length !== 2) throw new UsageError(usageErrors.takes.apply);
    const [path, id] = positional as [string, string];
    const loaded = loadWorkspace(path, io);
    if (!loaded.ok) return { code: 1, stderr: loaded.stderr };
    const s = pickStructure(loaded, path, id);
    if (Array.isArray(s)) return { code: 1, stderr: s };
    return { code: 0, stdout: JSON.stringify(s, null, 2) };
  },
};
