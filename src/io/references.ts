import type { OrgNode } from '../model/types.ts';
import { findLoops, linkKey } from '../model/queries.ts';
import { placeOf, under } from './paths.ts';
import type { JsonPlace, ReferenceProblem } from './problems.ts';

/** Referential rules of one structure, read defensively: the shape may be broken elsewhere. */

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** `place.field[i] "id"` (the id where there is one). */
const item = (place: JsonPlace, field: string, i: number, id?: string): JsonPlace => under(place, { field }, id === undefined ? { index: i } : { index: i, id });

/**
 * The referential problems of a structure at `place` (`[{ field: 'baseline' }]`): ids used twice, managers and link
 * ends that name no node, line management loops, links to themselves or given twice, functions named twice, and
 * accountable entries naming no function or node (format.md, "Rules"). Each problem is typed (problems.ts).
 */
export function structureReferenceErrors(raw: unknown, place: JsonPlace): ReferenceProblem[] {
  if (!isObj(raw)) return [];
  const errors: ReferenceProblem[] = [];
  const nodes = new Map<string, number>();
  const nodeList = list(raw.nodes);
  nodeList.forEach((n, i) => {
    const id = isObj(n) ? str(n.id) : undefined;
    if (id === undefined) return;
    const first = nodes.get(id);
    if (first !== undefined) errors.push({ kind: 'duplicate-id', place: item(place, 'nodes', i, id), id, usedBy: item(place, 'nodes', first) });
    else nodes.set(id, i);
  });
  const forest: OrgNode[] = [];
  nodeList.forEach((n, i) => {
    if (!isObj(n)) return;
    const id = str(n.id);
    const manager = str(n.manager);
    if (manager !== undefined && !nodes.has(manager)) errors.push({ kind: 'unknown-manager', place: item(place, 'nodes', i, id), manager });
    if (id !== undefined && nodes.get(id) === i) forest.push({ id, kind: 'unit', name: id, manager: manager ?? null });
  });
  for (const loop of findLoops(forest)) errors.push({ kind: 'management-loop', place, ids: loop });

  const links = new Map<string, number>();
  list(raw.links).forEach((l, i) => {
    if (!isObj(l)) return;
    const [kind, from, to] = [str(l.kind), str(l.from), str(l.to)];
    const here = item(place, 'links', i);
    for (const [end, id] of [['from', from], ['to', to]] as const) {
      if (id !== undefined && !nodes.has(id)) errors.push({ kind: 'unknown-link-end', place: here, end, id });
    }
    if (from !== undefined && from === to) errors.push({ kind: 'link-to-itself', place: here, id: from });
    if (kind === undefined || from === undefined || to === undefined) return;
    const key = linkKey({ kind, from, to });
    const first = links.get(key);
    if (first !== undefined) errors.push({ kind: 'duplicate-link', place: here, first: item(place, 'links', first), link: { kind, from, to } });
    else links.set(key, i);
  });

  const functions = new Map<string, number>();
  list(raw.functions).forEach((f, i) => {
    const id = isObj(f) ? str(f.id) : undefined;
    if (id === undefined) return;
    const first = functions.get(id);
    if (first !== undefined) errors.push({ kind: 'duplicate-id', place: item(place, 'functions', i, id), id, usedBy: item(place, 'functions', first) });
    else functions.set(id, i);
  });
  if (isObj(raw.accountable)) {
    for (const [fn, node] of Object.entries(raw.accountable)) {
      const here = [...place, ...placeOf(raw, ['accountable', fn])];
      if (!functions.has(fn)) errors.push({ kind: 'unknown-function', place: here, fn, functions: under(place, { field: 'functions' }) });
      if (typeof node === 'string' && !nodes.has(node)) errors.push({ kind: 'unknown-node', place: here, id: node });
    }
  }
  return errors;
}

/** Ids unique across the baseline and the options (format.md, "Rules"). */
export function workspaceIdErrors(raw: unknown): ReferenceProblem[] {
  if (!isObj(raw)) return [];
  const errors: ReferenceProblem[] = [];
  const seen = new Map<string, JsonPlace | 'baseline'>();
  const baselineId = isObj(raw.baseline) ? str(raw.baseline.id) : undefined;
  if (baselineId !== undefined) seen.set(baselineId, 'baseline');
  list(raw.options).forEach((o, i) => {
    const id = isObj(o) ? str(o.id) : undefined;
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) errors.push({ kind: 'duplicate-id', place: item([], 'options', i, id), id, usedBy: first });
    else seen.set(id, item([], 'options', i));
  });
  return errors;
}

/** The baseline's id and the options' ids. */
function structureIds(raw: Raw): Set<string> {
  const ids = new Set<string>();
  if (isObj(raw.baseline) && typeof raw.baseline.id === 'string') ids.add(raw.baseline.id);
  for (const o of list(raw.options)) if (isObj(o) && typeof o.id === 'string') ids.add(o.id);
  return ids;
}

/** Appraisal keys name the baseline or an option; `preferred` too (format.md, "appraisal"). */
export function appraisalErrors(raw: unknown): ReferenceProblem[] {
  if (!isObj(raw) || !isObj(raw.appraisal) || !Array.isArray(raw.options)) return [];
  const ids = structureIds(raw);
  const errors: ReferenceProblem[] = [];
  const { scores, preferred } = raw.appraisal;
  if (isObj(scores)) {
    for (const key of Object.keys(scores)) {
      if (!ids.has(key)) errors.push({ kind: 'unknown-structure', place: [{ field: 'appraisal' }, { field: 'scores' }, { field: key }], id: key });
    }
  }
  if (typeof preferred === 'string' && !ids.has(preferred)) errors.push({ kind: 'unknown-structure', place: [{ field: 'appraisal' }, { field: 'preferred' }], id: preferred });
  return errors;
}

/** Options whose `from` names nothing; used when the shape is broken, since resolution then cannot run. */
export function optionFromErrors(raw: unknown): ReferenceProblem[] {
  if (!isObj(raw)) return [];
  const ids = structureIds(raw);
  const errors: ReferenceProblem[] = [];
  list(raw.options).forEach((o, i) => {
    if (!isObj(o) || typeof o.from !== 'string' || ids.has(o.from)) return;
    errors.push({ kind: 'unknown-structure', place: under(item([], 'options', i, str(o.id)), { field: 'from' }), id: o.from });
  });
  return errors;
}
