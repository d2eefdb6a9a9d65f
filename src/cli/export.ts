import type { Option, Step, Workspace } from '../model/types.ts';
import { diffStructures } from '../diff/index.ts';
import {
  ORIENTATIONS, PAGE_SIZES, renderComparisonPages, renderStructurePages, type ExportOptions, type Orientation, type PageSize,
} from '../export/index.ts';
import { pagesWritten, severalPagesRefused } from '../words/print.ts';
import { USAGE, usageErrors } from '../words/cli.ts';
import { parseArgs, UsageError, type Command } from './command.ts';
import { loadWorkspace, pickStructure } from './load.ts';

/** The steps that lead from `fromId` to `toId` along `toId`'s derivation (all of them back to the baseline if `fromId` is not on it). */
export function stepsBetween(ws: Workspace, fromId: string, toId: string): Step[] {
  const byId = new Map<string, Option>();
  for (const o of ws.options) if (!byId.has(o.id)) byId.set(o.id, o);
  const chain: Step[][] = [];
  const seen = new Set<string>();
  let cur = byId.get(toId);
  while (cur && cur.id !== fromId && !seen.has(cur.id)) {
    seen.add(cur.id);
    chain.push(cur.steps);
    const from = cur.from ?? ws.baseline.id;
    if (from === fromId) break;
    cur = byId.get(from);
  }
  return chain.reverse().flat();
}

const isPage = (v: string): v is PageSize => (PAGE_SIZES as readonly string[]).includes(v);
const isOrientation = (v: string): v is Orientation => (ORIENTATIONS as readonly string[]).includes(v);

/** Where page `n` of a paginated export goes: `NAME-n.ext` beside `out` (`chart.svg` → `chart-2.svg`). */
function pagePath(out: string, n: number): string {
  const m = /^(.*?)(\.[^./\\]*)?$/.exec(out)!;
  return `${m[1]}-${n}${m[2] ?? ''}`;
}

export const exportCommand: Command = {
  name: 'export',
  usage: USAGE.export,
  run(args, io) {
    const { positional, flags } = parseArgs(args, ['--out', '--compare', '--page', '--orientation'], ['--changes', '--hide-names', '--people']);
    if (positional.length !== 2) throw new UsageError(usageErrors.takes.export);
    const [path, id] = positional as [string, string];
    const page = flags.get('--page') ?? 'fit';
    if (typeof page !== 'string' || !isPage(page)) throw new UsageError(usageErrors.page(String(page)));
    const orientation = flags.get('--orientation') ?? 'landscape';
    if (typeof orientation !== 'string' || !isOrientation(orientation)) {
      throw new UsageError(usageErrors.orientation(String(orientation)));
    }
    if (flags.has('--orientation') && page === 'fit') throw new UsageError(usageErrors.orientationNeedsSheet);
    const compareId = flags.get('--compare');
    if (typeof compareId === 'string' && flags.has('--changes')) throw new UsageError(usageErrors.changesOrCompare);
    const out = flags.get('--out');

    const loaded = loadWorkspace(path, io);
    if (!loaded.ok) return { code: 1, stderr: loaded.stderr };
    const s = pickStructure(loaded, path, id);
    if (Array.isArray(s)) return { code: 1, stderr: s };
    const ws = loaded.workspace;
    const opts: ExportOptions = {
      workspaceTitle: ws.title,
      exportedOn: new Date().toISOString().slice(0, 10),
      page,
      orientation,
      hideNames: flags.has('--hide-names'),
      people: flags.has('--people'),
      currency: ws.currency,
    };

    let pages: string[];
    if (typeof compareId === 'string') {
      const current = pickStructure(loaded, path, compareId);
      if (Array.isArray(current)) return { code: 1, stderr: current };
      pages = renderComparisonPages(current, s, diffStructures(current, s), { ...opts, steps: stepsBetween(ws, current.id, s.id) });
    } else if (flags.has('--changes')) {
      const option = ws.options.find((o) => o.id === id);
      const from = option ? loaded.structures.get(option.from ?? ws.baseline.id) : undefined;
      pages = option && from
        ? renderStructurePages(s, { ...opts, changes: diffStructures(from, s), compareTo: from, steps: option.steps })
        : renderStructurePages(s, opts);
    } else {
      pages = renderStructurePages(s, opts);
    }
    if (typeof out === 'string') {
      if (pages.length === 1) return { code: 0, files: [{ path: out, content: pages[0]! }] };
      const files = pages.map((content, i) => ({ path: pagePath(out, i + 1), content }));
      return { code: 0, files, stderr: [`export: ${pagesWritten(files[0]!.path, files[files.length - 1]!.path, files.length)}`] };
    }
    if (pages.length > 1) return { code: 1, stderr: [`export: ${severalPagesRefused(pages.length)}`] };
    return { code: 0, stdout: pages[0]! };
  },
};
