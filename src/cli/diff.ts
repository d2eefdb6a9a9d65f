import { diffStructures } from '../diff/index.ts';
import { changeSummary, diffHeading } from '../words/changes.ts';
import { namesIn } from '../words/index.ts';
import { parseArgs, UsageError, type Command } from './command.ts';
import { loadWorkspace, pickStructure } from './load.ts';
import type { Structure } from '../model/types.ts';
import { peopleChange, peopleMeasures } from '../model/people.ts';
import { costEffect, fteChange, organisationStaffing, staffingChangeLine, staffingLine } from '../words/money.ts';
import { diffStaffing, USAGE, usageErrors } from '../words/cli.ts';

/** Both structures' staffing and cost, the change, and each node's own cost effect (people.md, Measures). */
function staffingLines(a: Structure, b: Structure, currency: string | undefined): string[] {
  const c = peopleChange(a, b);
  const names = namesIn(a, b);
  return [
    diffStaffing.heading(staffingLine(c.from, currency), staffingLine(c.to, currency)),
    diffStaffing.change(staffingChangeLine(c.delta, currency)),
    ...c.organisations.map((o) => diffStaffing.organisation(names.node(o.id), organisationStaffing(o.from, 'from', currency), organisationStaffing(o.to, 'to', currency))),
    ...c.nodes.map((n) => diffStaffing.node(names.node(n.node), n.change, fteChange(n.effect.fte), costEffect(n.effect.costMin, n.effect.costMax, currency))),
  ];
}

export const diff: Command = {
  name: 'diff',
  usage: USAGE.diff,
  run(args, io) {
    const { positional, flags } = parseArgs(args, [], ['--json']);
    if (positional.length !== 3) throw new UsageError(usageErrors.takes.diff);
    const [path, fromId, toId] = positional as [string, string, string];
    const loaded = loadWorkspace(path, io);
    if (!loaded.ok) return { code: 1, stderr: loaded.stderr };
    const a = pickStructure(loaded, path, fromId);
    const b = pickStructure(loaded, path, toId);
    if (Array.isArray(a) || Array.isArray(b)) return { code: 1, stderr: [a, b].filter((x) => Array.isArray(x)).flat() };
    const d = diffStructures(a, b);
    if (flags.has('--json')) return { code: 0, stdout: JSON.stringify(d, null, 2) };
    const currency = loaded.workspace.currency;
    const lines = [diffHeading(a, b, d), ...changeSummary(d, a, b, currency).map((l) => `  ${l}`)];
    if (peopleMeasures(a).hasFte || peopleMeasures(b).hasFte) lines.push(...staffingLines(a, b, currency));
    return { code: 0, stdout: lines.join('\n') };
  },
};
