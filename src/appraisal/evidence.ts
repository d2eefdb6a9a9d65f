import type { FunctionId, LinkKind, NodeId, OrgNode, Structure, Workspace } from '../model/types.ts';
import { childrenIndex, linePlaces, nodeIndex } from '../model/queries.ts';
import { measure, type Measures } from '../model/measures.ts';
import { peopleMeasures, staffingDelta } from '../model/people.ts';
import { diffCounts, diffStructures, type DiffCounts } from '../diff/index.ts';
import { inferLead } from './lead.ts';

export interface Named {
  id: string;
  name: string;
}

export interface HeldOutside extends Named {
  /** The accountable node and the organisation (root) whose line it sits in. */
  heldBy: Named | null;
  organisation: Named | null;
}

/** What the measures say about one structure, against the baseline. */
export interface Evidence {
  id: string;
  title: string;
  isBaseline: boolean;
  /** The option is our reconstruction, not the source papers' own (optional `reconstructed` on the option); tables mark it †. */
  reconstructed: boolean;
  /** The date the structure describes or would take effect (YYYY-MM-DD), or null: criterion (b) pace (fidelity review A7). */
  asOf: string | null;
  nodes: number;
  layers: number;
  /** The statutory lead: `appraisal.lead` when the structure has that node, else inferred (see docs/appraisal.md). */
  lead: (Named & { inferred: boolean }) | null;
  leadSpan: number | null;
  leadReports: Named[];
  largestSpan: { span: number; node: Named | null };
  home: Named | null;
  organisations: Named[];
  gaps: Named[];
  outsideHome: HeldOutside[];
  linksByKind: Record<LinkKind, number>;
  links: number;
  disruption: DiffCounts;
  /** Nodes kept from the baseline whose organisation (root of their line) differs from the baseline's: transfers between organisations (A6). */
  movedAcross: Named[];
  /** Staffing and cost a year, unrounded (people.md, Measures): the sum of `fte`, the cost range of priced nodes, the FTE with no pay. */
  fte: number;
  costMin: number;
  costMax: number;
  unpricedFte: number;
  /** The same less the baseline's (0 for the baseline): criterion (d) value for money. */
  fteChange: number;
  costMinChange: number;
  costMaxChange: number;
  unpricedFteChange: number;
}

const named = (index: ReadonlyMap<NodeId, OrgNode>, id: NodeId | null | undefined): Named | null => {
  if (id == null) return null;
  const n = index.get(id);
  return { id, name: n?.name ?? id };
};

function functionNamer(s: Structure): (id: FunctionId) => Named {
  const names = new Map((s.functions ?? []).map((f) => [f.id, f.name]));
  return (id) => ({ id, name: names.get(id) ?? id });
}

interface LeadCandidate {
  id: NodeId;
  inferred: boolean;
}

function chooseLead(s: Structure, index: ReadonlyMap<NodeId, OrgNode>, m: Measures, candidates: readonly LeadCandidate[]): LeadCandidate | null {
  const found = candidates.find((c) => index.has(c.id));
  if (found) return found;
  const id = inferLead(s, index, m.chains);
  return id == null ? null : { id, inferred: true };
}

/** Baseline nodes still present whose organisation (the root of their line) has changed, in the structure's node order. */
function movedAcross(baseline: Structure, s: Structure, index: ReadonlyMap<NodeId, OrgNode>): Named[] {
  const was = linePlaces(nodeIndex(baseline));
  const is = linePlaces(index);
  return s.nodes
    .filter((n) => was.has(n.id) && was.get(n.id)!.root !== is.get(n.id)?.root)
    .map((n) => named(index, n.id)!);
}

/** Staffing and cost of `s` and their change from the baseline (people.md: "appraise --json gives each row's evidence …"). */
function staffingEvidence(baseline: Structure, s: Structure): Pick<Evidence, 'fte' | 'costMin' | 'costMax' | 'unpricedFte' | 'fteChange' | 'costMinChange' | 'costMaxChange' | 'unpricedFteChange'> {
  const here = peopleMeasures(s).total;
  const d = staffingDelta(peopleMeasures(baseline).total, here);
  return {
    fte: here.fte, costMin: here.costMin, costMax: here.costMax, unpricedFte: here.unpricedFte,
    fteChange: d.fte, costMinChange: d.costMin, costMaxChange: d.costMax, unpricedFteChange: d.unpricedFte,
  };
}

/** The measures of one structure's shape that the appraisal and the Changes panel's Measures table both show. */
export type Shape = Pick<Evidence, 'nodes' | 'layers' | 'lead' | 'leadSpan' | 'leadReports' | 'largestSpan' | 'home' | 'organisations' | 'gaps' | 'outsideHome' | 'linksByKind' | 'links'>;

/** Shape of `s`, its home organisation being the statutory lead's (the first of `leads` it has, else inferred). */
function computeShape(s: Structure, index: ReadonlyMap<NodeId, OrgNode>, leads: readonly LeadCandidate[]): Shape {
  let m = measure(s);
  const lead = chooseLead(s, index, m, leads);
  const leadRoot = lead ? linePlaces(index).get(lead.id)?.root : undefined;
  if (leadRoot !== undefined && leadRoot !== m.home) m = measure(s, { home: leadRoot });
  const reports = lead ? (childrenIndex(s.nodes).get(lead.id) ?? []) : [];
  const fn = functionNamer(s);
  return {
    nodes: m.nodes,
    layers: m.layers,
    lead: lead ? { ...named(index, lead.id)!, inferred: lead.inferred } : null,
    leadSpan: lead ? reports.length : null,
    leadReports: reports.filter((id) => index.get(id)?.kind === 'post').map((id) => named(index, id)!),
    largestSpan: { span: m.span.max, node: named(index, m.span.maxNode) },
    home: named(index, m.home),
    organisations: m.organisations.map((id) => named(index, id)!),
    gaps: m.gaps.map(fn),
    outsideHome: m.chains
      .filter((c) => c.flag === 'outside-home')
      .map((c) => ({ ...fn(c.function), heldBy: named(index, c.accountable), organisation: named(index, c.root) })),
    linksByKind: m.linksByKind,
    links: Object.values(m.linksByKind).reduce((a, b) => a + b, 0),
  };
}

/** Evidence for one structure; `leads` are the leads to look for first, in order; `baseline` is what disruption is counted against. */
function computeEvidence(s: Structure, baseline: Structure, leads: readonly LeadCandidate[], isBaseline: boolean): Evidence {
  const index = nodeIndex(s);
  return {
    id: s.id,
    title: s.title,
    isBaseline,
    reconstructed: false,
    asOf: s.asOf ?? null,
    ...cachedShape(s, leads),
    disruption: diffCounts(diffStructures(baseline, s)),
    movedAcross: isBaseline ? [] : movedAcross(baseline, s, index),
    ...staffingEvidence(baseline, s),
  };
}

interface CachedEvidence {
  baseline: Structure;
  leads: string;
  isBaseline: boolean;
  evidence: Evidence;
}
/** Per structure object (resolved structures are kept while their option is unchanged), so scoring one of 10,000 options recomputes nothing. */
const evidenceCache = new WeakMap<Structure, CachedEvidence>();

function structureEvidence(s: Structure, baseline: Structure, leads: readonly LeadCandidate[], isBaseline: boolean): Evidence {
  const key = leadsKey(leads);
  const hit = evidenceCache.get(s);
  if (hit && hit.baseline === baseline && hit.leads === key && hit.isBaseline === isBaseline) return hit.evidence;
  const evidence = computeEvidence(s, baseline, leads, isBaseline);
  evidenceCache.set(s, { baseline, leads: key, isBaseline, evidence });
  return evidence;
}

const wantedLead = (ws: Pick<Workspace, 'appraisal'>): LeadCandidate[] => (ws.appraisal?.lead ? [{ id: ws.appraisal.lead, inferred: false }] : []);
const withBaselineLead = (wanted: LeadCandidate[], lead: Evidence['lead']): LeadCandidate[] =>
  lead ? [...wanted, { id: lead.id, inferred: lead.inferred }] : wanted;

/** Shapes kept per structure object and lead order, as evidence is. */
const shapeCache = new WeakMap<Structure, { leads: string; shape: Shape }>();
const leadsKey = (leads: readonly LeadCandidate[]): string => leads.map((l) => `${l.id}${l.inferred ? '?' : ''}`).join(' ');

function cachedShape(s: Structure, leads: readonly LeadCandidate[]): Shape {
  const key = leadsKey(leads);
  const hit = shapeCache.get(s);
  if (hit && hit.leads === key) return hit.shape;
  const shape = computeShape(s, nodeIndex(s), leads);
  shapeCache.set(s, { leads: key, shape });
  return shape;
}

/**
 * The appraisal's measures of one structure `s` of the workspace (its baseline or a resolved option), with the same
 * lead and home organisation `evidenceFor` gives its row: `appraisal.lead`, else the baseline's lead, else inferred.
 * `baseline` is the resolved baseline. Without the cost of the diff against the baseline, so the Changes panel's
 * Measures table can show any two structures with the appraisal's definitions.
 */
export function shapeFor(ws: Pick<Workspace, 'appraisal'>, baseline: Structure, s: Structure): Shape {
  const wanted = wantedLead(ws);
  const leads = s === baseline ? wanted : withBaselineLead(wanted, cachedShape(baseline, wanted).lead);
  return cachedShape(s, leads);
}

/**
 * One row per structure: the baseline first, then the options in workspace order. Options missing from
 * `structures` (not resolved) are left out. Every structure's lead is `appraisal.lead` if it has that node,
 * else the baseline's lead if it has that one, else the lead inferred from its own accountability chains.
 */
export function evidenceFor(ws: Pick<Workspace, 'baseline' | 'options' | 'appraisal'>, structures: ReadonlyMap<string, Structure>): Evidence[] {
  const baseline = structures.get(ws.baseline.id) ?? ws.baseline;
  const wanted = wantedLead(ws);
  const first = structureEvidence(baseline, baseline, wanted, true);
  const leads = withBaselineLead(wanted, first.lead);
  const rows = [first];
  for (const o of ws.options) {
    const s = structures.get(o.id);
    if (s) rows.push({ ...structureEvidence(s, baseline, leads, false), id: o.id, title: o.title, reconstructed: o.reconstructed === true });
  }
  return rows;
}
