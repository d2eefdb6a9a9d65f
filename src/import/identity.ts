import type { Structure } from '../model/types.ts';
import { SLUG_MAX } from '../options/index.ts';
import { returnTitle } from '../words/import.ts';

/** What the caller may fix about an imported structure; the rest is read from the return. */
export interface StructureLabels {
  id?: string;
  title?: string;
  /** YYYY-MM-DD. */
  asOf?: string;
}

/** The first YYYY-MM-DD in a file name, e.g. `ofsted-2011-03-31-senior.csv` → `2011-03-31`. */
export const dateInName = (name: string): string | undefined => /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];

const stemOf = (name: string): string => (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]*$/, '');

/**
 * Id, title and date of an imported structure: from `labels` where given, else the body's name (`organisation`,
 * else the file's name) and the date in the file's name. The id is a slug (format.md), e.g. `ofsted-2011-03-31`.
 */
export function structureIdentity(labels: StructureLabels, organisation: string, fileName: string): Pick<Structure, 'id' | 'title' | 'asOf'> {
  const asOf = labels.asOf ?? dateInName(fileName);
  const body = organisation || stemOf(fileName).replace(/-?\d{4}-\d{2}-\d{2}.*$/, '') || stemOf(fileName);
  const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const dated = asOf ? `-${asOf}` : '';
  const room = SLUG_MAX - dated.length;
  const whole = slug(body);
  // a long name is cut at the last whole word that fits
  const cut = whole.length <= room ? whole : whole.slice(0, room + 1).replace(/-[^-]*$/, '') || whole.slice(0, room);
  const base = `${cut}${dated}`.replace(/^-+/, '');
  const out: Pick<Structure, 'id' | 'title' | 'asOf'> = { id: labels.id ?? (base || 'imported'), title: labels.title ?? returnTitle(body, asOf) };
  if (asOf) out.asOf = asOf;
  return out;
}
