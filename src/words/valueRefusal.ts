/**
 * A value refusal (kind `bad-value`, src/options/refusal.ts) as an officer reads it in a dialog or the Steps panel:
 * the field by its word (FIELD_WORD, "FTE", "the pay band's minimum"), money and FTE in their formats (money.ts),
 * e.g. "FTE cannot be negative (−1)", "the pay band's minimum (£70,000) is above its maximum (£60,000)".
 * The command line's `check` keeps the format's field paths (refusal.ts, format.md "Steps").
 */
import { UPDATABLE_FIELDS, type Refusal } from '../options/index.ts';
import { LINK_KINDS, NODE_KINDS, type UpdatableField } from '../model/types.ts';
import { FIELD_WORD } from './changes.ts';
import { fteNumber, moneyExact } from './money.ts';
import { shownValue } from './text.ts';

type BadValue = Extract<Refusal, { kind: 'bad-value' }>;

const isUpdatable = (f: string): f is UpdatableField => (UPDATABLE_FIELDS as readonly string[]).includes(f);

/** Words for the fields a step carries that are not updatable fields (format.md "Steps"). */
const OTHER_FIELD: Record<string, string> = {
  id: 'identifier',
  node: 'the new post or unit',
  set: 'what to change',
  to: 'where it goes',
  manager: 'line manager',
  source: 'source',
  'pay.min': "the pay band's minimum",
  'pay.max': "the pay band's maximum",
};

/** The field's word: "FTE", "pay band", "link kind", "the pay band's minimum"; the path as written when unknown. */
export function valueFieldWord(r: BadValue): string {
  if (r.field === 'kind' && r.rule === 'link-kind') return 'link kind';
  const field = r.field.replace(/^(set|node)\./, '');
  if (field === 'pay') return 'pay band';
  if (isUpdatable(field)) return FIELD_WORD[field];
  return OTHER_FIELD[field] ?? field;
}

/** "−1" for FTE, "−£5" for pay; the value as written for anything else. */
function shownAmount(field: string, value: unknown): string {
  if (typeof value !== 'number') return shownValue(value);
  return field.startsWith('pay') ? moneyExact(value) : fteNumber(value);
}

/** A bad value in an officer's words (see the file's comment): a clause led by the field, lower-case as every refusal is (it follows "Not allowed: " or a step's number). */
export function valueRefusalWords(r: BadValue): string {
  const word = valueFieldWord(r);
  const field = r.field.replace(/^(set|node)\./, '');
  const not = r.value === undefined ? '' : `, not ${shownValue(r.value)}`;
  switch (r.rule) {
    case 'string':
      return `${word} must be text${not}`;
    case 'string-or-null':
      return `${word} must be text or empty${not}`;
    case 'node-or-null':
      return `${word} must be a post or unit, or none`;
    case 'object':
      return `${word} is missing or not in the right form${not}`;
    case 'slug':
      return `${word} ${shownValue(r.value)} may hold only lower-case letters, digits and "-", starting with a letter or digit`;
    case 'too-long':
      return field === 'name' ? `${word} is longer than ${r.limit ?? '?'} characters` : `${word} ${shownValue(r.value)} is longer than ${r.limit ?? '?'} characters`;
    case 'empty':
      return `${word} cannot be empty`;
    case 'node-kind':
      return `${word} ${shownValue(r.value)} is not one of ${NODE_KINDS.join(', ')}`;
    case 'link-kind':
      return `${word} ${shownValue(r.value)} is not one of ${LINK_KINDS.join(', ')}`;
    case 'number':
      return `${word} must be a number${r.value === undefined ? '' : `, not ${shownValue(r.value)}`}`;
    case 'negative':
      return `${word} cannot be negative (${shownAmount(field, r.value)})`;
    case 'pay':
      return `${word} must give a minimum and a maximum a year${not}`;
    case 'pay-order': {
      const { min, max } = r.value as { min: number; max: number };
      return `the pay band's minimum (${moneyExact(min)}) is above its maximum (${moneyExact(max)})`;
    }
  }
}
