import type { OrgNode } from '../model/types.ts';
import { findLoops, linkKey } from '../model/queries.ts';
import { at, placeOf } from './paths.ts';

/** Referential rules of one structure, read defensively: the shape may be broken elsewhere. */

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const item = (place: string, i: number, id: string | undefined) => `${place}[${i}]${id === undefined ? '' : ` "${id}"`}`;

export function structureReferenceErrors(raw: unknown, place: string): string[] {
  if (!isObj(raw)) return [];
  const errors: string[] = [];
  const nodes = new Map<string, number>();
  const nodeList = list(raw.nodes);
  nodeList.forEach((n, i) => {
    const id = isObj(n) ? str(n.id) : undefined;
    if (id === undefined) return;
    const first = nodes.get(id);
    if (first !== undefined) errors.push(at(item(`${place}.nodes`, i, id), `id "${id}" is already used by ${place}.nodes[${first}]`));
    else nodes.set(id, i);
  });
  const forest: OrgNode[] = [];
  nodeList.forEach((n, i) => {
    if (!isObj(n)) return;
    const id = str(n.id);
    const manager = str(n.manager);
    if (manager !== undefined && !nodes.has(manager)) errors.push(at(item(`${place}.nodes`, i, id), `manager "${manager}" does not exist`));
    if (id !== undefined && nodes.get(id) === i) forest.push({ id, kind: 'unit', name: id, manager: manager ?? null });
  });
  for (const loop of findLoops(forest)) errors.push(at(place, `line management loops: ${[...loop, loop[0]].join(' → ')}`));

  const links = new Map<string, number>();
  list(raw.links).forEach((l, i) => {
    if (!isObj(l)) return;
    const [kind, from, to] = [str(l.kind), str(l.from), str(l.to)];
    const here = `${place}.links[${i}]`;
    for (const [end, id] of [['from', from], ['to', to]] as const) {
      if (id !== undefined && !nodes.has(id)) errors.push(at(here, `${end} "${id}" does not exist`));
    }
    if (from !== undefined && from === to) errors.push(at(here, `links "${from}" to itself`));
    if (kind === undefined || from === undefined || to === undefined) return;
    const key = linkKey({ kind, from, to });
    const first = links.get(key);
    if (first !== undefined) errors.push(at(here, `duplicates ${place}.links[${first}] (${kind} "${from}" → "${to}")`));
    else links.set(key, i);
  });

  const functions = new Map<string, number>();
  list(raw.functions).forEach((f, i) => {
    const id = isObj(f) ? str(f.id) : undefined;
    if (id === undefined) return;
    const first = functions.get(id);
    if (first !== undefined) errors.push(at(item(`${place}.functions`, i, id), `id "${id}" is already used by ${place}.functions[${first}]`));
    else functions.set(id, i);
  });
  if (isObj(raw.accountable)) {
    for (const [fn, node] of Object.entries(raw.accountable)) {
      const here = `${place}.${placeOf(raw, ['accountable', fn])}`;
      if (!functions.has(fn)) errors.push(at(here, `no function "${fn}" in ${place}.functions`));
      if (typeof node === 'string' && !nodes.has(node)) errors.push(at(here, `node "${node}" does not exist`));
    }
  }
  return errors;
}

/** Ids unique across the baseline and the options. */
export function workspaceIdErrors(raw: unknown): string[] {
  if (!isObj(raw)) return [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const baselineId = isObj(raw.baseline) ? str(raw.baseline.id) : undefined;
  if (baselineId !== undefined) seen.set(baselineId, 'the baseline');
  list(raw.options).forEach((o, i) => {
    const id = isObj(o) ? str(o.id) : undefined;
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) errors.push(at(item('options', i, id), `id "${id}" is already used by ${first}`));
    else seen.set(id, `options[${i}]`);
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

/** Appraisal keys name the baseline or an option; `preferred` too. */
export function appraisalErrors(raw: unknown): string[] {
  if (!isObj(raw) || !isObj(raw.appraisal) || !Array.isArray(raw.options)) return [];
  const ids = structureIds(raw);
  const errors: string[] = [];
  const { scores, preferred } = raw.appraisal;
  if (isObj(scores)) {
    for (const key of Object.keys(scores)) {
      if (!ids.has(key)) errors.push(at(`appraisal.scores[${JSON.stringify(key)}]`, `no structure or option "${key}"`));
    }
  }
  if (typeof preferred === 'string' && !ids.has(preferred)) errors.push(at('appraisal.preferred', `no structure or option "${preferred}"`));
  return errors;
}

/** Options whose `from` names nothing; used when the shape is broken, since resolution then cannot run. */
export function optionFromErrors(raw: unknown): string[] {
  if (!isObj(raw)) return [];
  const ids = structureIds(raw);
  const errors: string[] = [];
  list(raw.options).forEach((o, i) => {
    if (!isObj(o) || typeof o.from !== 'string' || ids.has(o.from)) return;
    errors.push(at(`${item('options', i, str(o.id))}.from`, `no structure or option "${o.from}"`));
  });
  return errors;
}
