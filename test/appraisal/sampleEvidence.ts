import type { Evidence } from '../../src/appraisal/evidence.ts';

/** Evidence for one structure as the table code sees it, for tests of the table's output only. */
export function sampleEvidence(id: string, title: string, isBaseline = false): Evidence {
  return {
    id, title, isBaseline, reconstructed: false, asOf: null, nodes: 3, layers: 2,
    lead: { id: 'lead', name: 'Lead, the "Director"', inferred: true },
    leadSpan: 2,
    leadReports: [{ id: 'a', name: 'Head of A' }],
    largestSpan: { span: 2, node: { id: 'lead', name: 'Lead' } },
    home: { id: 'org', name: 'Org' },
    organisations: [{ id: 'org', name: 'Org' }],
    gaps: [],
    outsideHome: [],
    linksByKind: { strategic: 1, political: 0, contract: 0, governance: 0, partnership: 0, dotted: 0 },
    links: 1,
    disruption: { added: 0, removed: 0, moved: 0, changed: 0, linksAdded: 0, linksRemoved: 0, accountable: 0 },
    movedAcross: [],
    fte: 0, costMin: 0, costMax: 0, unpricedFte: 0, fteChange: 0, costMinChange: 0, costMaxChange: 0, unpricedFteChange: 0,
  };
}
