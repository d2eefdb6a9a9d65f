import type { NodeId, Step, Structure } from '../model/types.ts';
import type { StructureDiff } from '../diff/index.ts';
import type { Orientation, PageSize } from './page.ts';

export interface ExportOptions {
  workspaceTitle: string;
  /** The date printed as "Exported", YYYY-MM-DD: passed in, so the same input always gives the same SVG. */
  exportedOn: string;
  page: PageSize;
  /** Of a sheet (A4, A3); landscape when not given. */
  orientation?: Orientation | undefined;
  /** Holders become "Post holder" (for publication or FOI); vacancies still show. */
  hideNames: boolean;
  /** Marks what differs from another structure (diff from that structure to this one, or the other way). */
  changes?: StructureDiff | undefined;
  /** The structure `changes` compares with, to name what is not on this chart (removed nodes). */
  compareTo?: Structure | undefined;
  /** Nodes drawn collapsed, with a "+N" count of what they hide. */
  collapsed?: ReadonlySet<NodeId> | undefined;
  /** `export --people`: rolled-up FTE and cost a year on each box, and the totals in a note (people.md). */
  people?: boolean | undefined;
  /** ISO 4217 code of every pay; "GBP" when absent (people.md). */
  currency?: string | undefined;
  /** The steps that lead to the proposed structure, for each change's "why". */
  steps?: readonly Step[] | undefined;
}
