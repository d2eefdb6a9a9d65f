import { stepErrorLine } from '../words/index.ts';
import { parseArgs, UsageError, type Command } from './command.ts';
import { loadWorkspace } from './load.ts';
import { peopleMeasures } from '../model/people.ts';
import { staffingLine } from '../words/money.ts';
import { USAGE, usageErrors, validLine } from '../words/cli.ts';

export const check: Command = {
  name: 'check',
  usage: USAGE.check,
  run(args, io) {
    const { positional } = parseArgs(args, [], []);
    if (positional.length !== 1) throw new UsageError(usageErrors.takes.check);
    const path = positional[0]!;
    const loaded = loadWorkspace(path, io);
    if (!loaded.ok) return { code: 1, stderr: loaded.stderr };
    const { workspace, conflicts } = loaded;
    // format.md: a step that does not apply is an error; the file still loads, so every other command keeps working.
    if (conflicts.length > 0) return { code: 1, stderr: conflicts.map((c) => `${path}: ${stepErrorLine(c)}`) };
    const people = peopleMeasures(workspace.baseline);
    const staffing = people.hasFte ? staffingLine(people.total, workspace.currency) : null;
    return { code: 0, stdout: validLine(path, workspace.title, workspace.baseline.nodes.length, workspace.options.length, staffing) };
  },
};
