import { diffStructures } from '../diff/index.ts';
import { changeSummary, diffHeading } from '../words/changes.ts';
import { parseArgs, UsageError, type Command } from './command.ts';
import { loadWorkspace, pickStructure } from './load.ts';

export const diff: Command = {
  name: 'diff',
  usage: 'diff FILE FROM TO [--json]',
  run(args, io) {
    const { positional, flags } = parseArgs(args, [], ['--json']);
    if (positional.length !== 3) throw new UsageError('diff takes FILE FROM TO');
    const [path, fromId, toId] = positional as [string, string, string];
    const loaded = loadWorkspace(path, io);
    if (!loaded.ok) return { code: 1, stderr: loaded.stderr };
    const a = pickStructure(loaded, path, fromId);
    const b = pickStructure(loaded, path, toId);
    const missing = [a, b].filter((x) => typeof x === 'string');
    if (typeof a === 'string' || typeof b === 'string') return { code: 1, stderr: missing };
    const d = diffStructures(a, b);
    if (flags.has('--json')) return { code: 0, stdout: JSON.stringify(d, null, 2) };
    return { code: 0, stdout: [diffHeading(a, b, d), ...changeSummary(d, a, b, loaded.workspace.currency).map((l) => `  ${l}`)].join('\n') };
  },
};
