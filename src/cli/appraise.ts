import { appraisalTable, toCsv, toMarkdown, toText } from '../appraisal/index.ts';
import { parseArgs, UsageError, type Command } from './command.ts';
import { loadWorkspace } from './load.ts';
import { notAppraisedLine } from '../words/conflicts.ts';
import { USAGE, usageErrors } from '../words/cli.ts';

const FORMATS = ['--json', '--csv', '--md'] as const;

export const appraise: Command = {
  name: 'appraise',
  usage: USAGE.appraise,
  run(args, io) {
    const { positional, flags } = parseArgs(args, [], FORMATS);
    if (positional.length !== 1) throw new UsageError(usageErrors.takes.appraise);
    const chosen = FORMATS.filter((f) => flags.has(f));
    if (chosen.length > 1) throw new UsageError(usageErrors.chooseOne(FORMATS));
    const path = positional[0]!;
    const loaded = loadWorkspace(path, io);
    if (!loaded.ok) return { code: 1, stderr: loaded.stderr };
    const table = appraisalTable(loaded.workspace, loaded.structures);
    // Options with conflicts (or built on one) are left out of the table and flagged: on stderr in every format,
    // in the JSON as `notAppraised`, and under the text and Markdown tables.
    const blocked = loaded.workspace.options.filter((o) => loaded.resolved.blockedBy.has(o.id));
    const flagged = blocked.map((o) => notAppraisedLine(o.id, loaded.resolved.blockedBy.get(o.id)!));
    const stderr = flagged.map((f) => `${path}: ${f}`);
    const out = (stdout: string) => ({ code: 0, stdout, ...(flagged.length > 0 ? { stderr } : {}) });
    const footnoted = (text: string, prefix: string) => (flagged.length > 0 ? `${text.trimEnd()}\n\n${flagged.map((f) => `${prefix}${f}`).join('\n')}\n` : text);
    switch (chosen[0]) {
      case '--json': {
        const notAppraised = blocked.map((o) => ({ option: o.id, blockedBy: loaded.resolved.blockedBy.get(o.id)! }));
        return out(JSON.stringify(flagged.length > 0 ? { ...table, notAppraised } : table, null, 2));
      }
      case '--csv':
        return out(toCsv(table));
      case '--md':
        return out(footnoted(toMarkdown(table), '- '));
      default:
        return out(footnoted(toText(table), ''));
    }
  },
};
