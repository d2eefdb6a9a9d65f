import { appraisalTable, toCsv, toMarkdown, toText } from '../appraisal/index.ts';
import { parseArgs, UsageError, type Command } from './command.ts';
import { loadWorkspace } from './load.ts';

const FORMATS = ['--json', '--csv', '--md'] as const;

export const appraise: Command = {
  name: 'appraise',
  usage: 'appraise FILE [--json|--csv|--md]',
  run(args, io) {
    const { positional, flags } = parseArgs(args, [], FORMATS);
    if (positional.length !== 1) throw new UsageError('appraise takes one FILE');
    const chosen = FORMATS.filter((f) => flags.has(f));
    if (chosen.length > 1) throw new UsageError(`choose one of ${FORMATS.join(', ')}`);
    const path = positional[0]!;
    const loaded = loadWorkspace(path, io);
    if (!loaded.ok) return { code: 1, stderr: loaded.stderr };
    const table = appraisalTable(loaded.workspace, loaded.structures);
    switch (chosen[0]) {
      case '--json':
        return { code: 0, stdout: JSON.stringify(table, null, 2) };
      case '--csv':
        return { code: 0, stdout: toCsv(table) };
      case '--md':
        return { code: 0, stdout: toMarkdown(table) };
      default:
        return { code: 0, stdout: toText(table) };
    }
  },
};
