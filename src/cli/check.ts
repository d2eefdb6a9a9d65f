import { stepErrorLine } from '../words/index.ts';
import { parseArgs, UsageError, type Command } from './command.ts';
import { loadWorkspace } from './load.ts';
import { peopleMeasures } from '../model/people.ts';
import { staffingLine } from '../words/money.ts';

export const check: Command = {
  name: 'check',
  usage: 'check FILE',
  run(args, io) {
    const { positional } = parseArgs(args, [], []);
    if (positional.length !== 1) throw new UsageError('check takes one FILE');
    const path = positional[0]!;
    const loaded = loadWorkspace(path, io);
    if (!loaded.ok) return { code: 1, stderr: loaded.stderr };
    const { workspace, conflicts } = loaded;
    // format.md: a step that does not apply is an error; the file still loads, so every other command keeps working.
    if (conflicts.length > 0) return { code: 1, stderr: conflicts.map((c) => `${path}: ${stepErrorLine(c)}`) };
    const people = peopleMeasures(workspace.baseline);
    const staffing = people.hasFte ? `; baseline ${staffingLine(people.total, workspace.currency)}` : '';
    return {
      code: 0,
      stdout: `${path}: valid — "${workspace.title}", ${workspace.baseline.nodes.length} nodes, ${workspace.options.length} options${staffing}`,
    };
  },
};
