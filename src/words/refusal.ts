import { UPDATABLE_FIELDS, type Refusal, type RefRole, type StepError, type ValueRule } from '../options/index.ts';
import { LINK_KINDS, NODE_KINDS } from '../model/types.ts';
import { ID_NAMES, type Names } from './names.ts';
import { directReports, POST_OR_UNIT, POSTS_AND_UNITS } from './officerTerms.ts';
import { shownValue, userText } from './text.ts';
import { valueRefusalWords } from './valueRefusal.ts';

const RULE: Record<ValueRule, (limit?: number) => string> = {
  string: () => 'must be a string',
  'string-or-null': () => 'must be a string or null',
  'node-or-null': () => 'must be a node id or null',
  object: () => 'must be an object',
  slug: () => 'is not a slug (lower-case letters, digits and "-", starting with a letter or digit)',
  'too-long': (limit) => `is longer than ${limit ?? '?'} characters`,
  empty: () => 'is empty',
  'node-kind': () => `is not one of ${NODE_KINDS.join(', ')}`,
  'link-kind': () => `is not one of ${LINK_KINDS.join(', ')}`,
  number: () => 'must be a number',
  negative: () => 'is negative',
  pay: () => 'must be { "min": number, "max": number }',
  'pay-order': () => 'has min above max',
};

const ROLE_PREFIX: Record<RefRole, string> = { node: '', manager: 'manager: ', to: '', into: 'into: ', from: '', function: '' };
/** The same, in an officer's words. */
const OFFICER_ROLE: Record<RefRole, string> = { node: '', manager: 'line manager: ', to: '', into: 'merge into: ', from: '', function: '' };

function badValue(r: Extract<Refusal, { kind: 'bad-value' }>): string {
  const field = r.field === 'kind' && r.rule === 'link-kind' ? 'link kind' : r.field.replace(/^set\./, '');
  const rule = RULE[r.rule](r.limit);
  switch (r.rule) {
    case 'string':
    case 'string-or-null':
    case 'object':
      return `${field} ${rule}${r.value === undefined ? '' : `, not ${shownValue(r.value)}`}`;
    case 'number':
    case 'pay':
      return `${field} ${rule}, not ${shownValue(r.value)}`;
    case 'node-or-null':
    case 'empty':
      return `${field} ${rule}`;
    case 'negative':
      return `${field} ${shownValue(r.value)} ${rule}`;
    case 'pay-order': {
      const { min, max } = r.value as { min: number; max: number };
      return `${field}.min ${min} is above ${field}.max ${max}`;
    }
    case 'too-long':
      return field === 'name' ? `${field} ${rule}` : `${field} ${shownValue(r.value)} ${rule}`;
    default:
      return `${field} ${shownValue(r.value)} ${rule}`;
  }
}

/**
 * A refusal in words, naming nodes through `names`: `namesIn(structure)` for officers (names, told apart; values
 * worded by valueRefusal.ts), `ID_NAMES` for lines whose format fixes ids and field paths (the command line,
 * format.md "Steps": `no node "x"` is the spec's own wording there, so it stays).
 */
export function refusalWords(r: Refusal, names: Names): string {
  const ids = names === ID_NAMES;
  const chain = ids ? (id: string) => userText(id) : names.node;
  switch (r.kind) {
    case 'not-a-step':
      return 'a step must be an object';
    case 'unknown-op':
      return `unknown op ${r.op === undefined ? '(none)' : shownValue(r.op)}`;
    case 'bad-value':
      return ids ? badValue(r) : valueRefusalWords(r);
    case 'no-node': {
      const role = (ids ? ROLE_PREFIX : OFFICER_ROLE)[r.role];
      if (typeof r.id === 'string' && names.record(r.id)) return `${role}${names.node(r.id)} is no longer there (an earlier step took it away)`;
      if (typeof r.id === 'string') return ids ? `${role}no node ${shownValue(r.id)}` : `${role}no ${POST_OR_UNIT} ${shownValue(r.id)}`;
      return ids ? `${role}node id must be a string, not ${shownValue(r.id)}` : `${role}no ${POST_OR_UNIT} ${shownValue(r.id)} (an identifier is text)`;
    }
    case 'node-exists':
      return names === ID_NAMES ? `node ${names.node(r.node)} already exists` : `the id ${shownValue(r.node)} is already used by ${names.node(r.node)}`;
    case 'no-function':
      return `no function ${r.function === undefined ? 'given' : shownValue(r.function)}`;
    case 'self-report':
      return `${names.node(r.node)} cannot report to itself`;
    case 'loop':
      return `would make line management loop: ${r.chain.map(chain).join(' → ')}`;
    case 'manages':
      return `${ids ? 'node ' : ''}${names.node(r.node)} has ${directReports(r.count)}`;
    case 'nothing-to-merge':
      return `no ${POSTS_AND_UNITS} to merge`;
    case 'listed-twice':
      return `${names === ID_NAMES ? 'node ' : ''}${names.node(r.node)} is listed twice`;
    case 'merge-into-itself':
      return `cannot merge ${names.node(r.node)} into itself`;
    case 'self-link':
      return `${names.node(r.node)} cannot link to itself`;
    case 'link-exists':
      return `${r.link.kind} link ${names.node(r.link.from)} → ${names.node(r.link.to)} already exists`;
    case 'no-link':
      return `no ${r.link.kind} link ${names.node(r.link.from)} → ${names.node(r.link.to)}`;
    case 'nothing-set':
      return `set changes nothing (give some of ${UPDATABLE_FIELDS.join(', ')})`;
    case 'cannot-set':
      return `cannot set ${shownValue(r.field)} (only ${UPDATABLE_FIELDS.join(', ')})`;
  }
}

/** A failed step as the command line's `check` prints it: `option-3 step 4 (move): no node "deputy-director-learning"` (format.md "Steps"). */
export function stepErrorLine(e: StepError): string {
  return `${userText(e.option)} step ${e.index} (${e.op}): ${refusalWords(e.refusal, ID_NAMES)}`;
}
