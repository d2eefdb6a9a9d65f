import { SLUG_MAX } from '../options/index.ts';

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint of a key (not for security). */
export function fingerprint(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Lower case, every run of other characters made one "-", no "-" at either end. */
const slugPart = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** `s` within the slug length; a longer one keeps its start and ends in a fingerprint of the whole `key`. */
function fit(s: string, key: string): string {
  if (s.length <= SLUG_MAX) return s;
  return `${s.slice(0, SLUG_MAX - 9).replace(/-+$/, '')}-${fingerprint(key)}`;
}

/**
 * The node id of a post from its reference (people.md: "the id is derived from the reference deterministically"):
 * case-insensitive, so `DfE-2002` and `DFE-2002` are one id in every return. `1HR06` → `1hr06`, `CAFCASS-1002` →
 * `cafcass-1002`. Never contains "--", so it never meets a junior group's id. Two references may still meet
 * (`A_1`, `A 1`): the importer refuses that (people.md, errors).
 */
export function postId(ref: string): string {
  const key = ref.toLowerCase();
  return fit(slugPart(ref) || `ref-${fingerprint(key)}`, key);
}

/**
 * The node id of a junior group from its key (Reporting Senior Post, Grade, Generic Job Title), compared
 * case-insensitively: `<post>--<grade>--<title>`, e.g. `hr1--band-a--senior-professional`; the same in every
 * return of the body. Over 64 characters it is cut and ends in a fingerprint of the whole key.
 */
export function juniorId(ref: string, grade: string, title: string): string {
  const key = [ref, grade, title].map((s) => s.toLowerCase()).join('\u0000');
  return fit(`${slugPart(ref) || 'none'}--${slugPart(grade) || 'grade'}--${slugPart(title) || 'staff'}`, key);
}
