import { z } from 'zod';
import { CRITERIA, FORMAT, LINK_KINDS, NODE_KINDS, STEP_OPS } from '../model/types.ts';
import { NAME_MAX, SLUG, SLUG_MAX, withinLength } from '../options/index.ts';
import { show } from './issues.ts';

/** Shapes of the workspace format. Objects are loose: optional fields of other tools are kept. */

const slug = z
  .string()
  .max(SLUG_MAX, { error: `is longer than ${SLUG_MAX} characters` })
  .regex(SLUG, { error: (iss) => `${show(iss.input)} is not a slug (lower-case letters, digits and "-", starting with a letter or digit)` });
const name = z
  .string()
  .min(1, { error: 'is empty' })
  .refine((s) => withinLength(s, NAME_MAX), { error: `is longer than ${NAME_MAX} characters` });
const ref = z.string();
/** A string or null: a holder (null: vacant), or a node id (null: none). */
const orNull = (what: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? `is missing (expected ${what} or null)` : `must be ${what} or null, not ${show(iss.input)}`) }).nullable();
const holder = orNull('a string');
const refOrNull = orNull('a node id');
const text = z.string().optional();
const oneOf = (values: readonly string[]) => (iss: { input?: unknown }) => `${show(iss.input)} is not one of ${values.join(', ')}`;
const nodeKind = z.enum(NODE_KINDS, { error: oneOf(NODE_KINDS) });
const linkKind = z.enum(LINK_KINDS, { error: oneOf(LINK_KINDS) });

function isRealDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
const date = z.string().refine(isRealDate, { error: (iss) => `${show(iss.input)} is not a real date (YYYY-MM-DD)` });

/** A finite number (JSON's 1e400 reads as Infinity), at least 0: FTE and pay (people.md, Fields). */
const amount = (what: string) =>
  z
    .number({ error: (iss) => `must be a number, not ${show(iss.input)}` })
    .refine(Number.isFinite, { error: (iss) => `${what} ${show(iss.input)} is too large` })
    .refine((v) => v >= 0, { error: (iss) => `${what} ${show(iss.input)} is negative` });
const fte = amount('fte');
/** Annual pay for 1.0 FTE, 0 ≤ min ≤ max (people.md, Fields). */
const pay = z
  .strictObject({ min: amount('pay.min'), max: amount('pay.max') })
  .refine((p) => p.min <= p.max, {
    error: (iss) => {
      const p = iss.input as { min: number; max: number };
      return `min ${p.min} is above max ${p.max}`;
    },
    when: (payload) => payload.issues.length === 0,
  });
const supportedCurrencies: ReadonlySet<string> | null =
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;
/** An ISO 4217 code (people.md, Fields): three capital letters, and one the platform knows where it can say. */
const currency = z
  .string({ error: (iss) => `must be an ISO 4217 currency code such as "GBP", not ${show(iss.input)}` })
  .refine((c) => /^[A-Z]{3}$/.test(c) && (supportedCurrencies === null || supportedCurrencies.has(c)), {
    error: (iss) => `${show(iss.input)} is not an ISO 4217 currency code (three capital letters, such as "GBP")`,
  });

export const nodeSchema = z.looseObject({
  id: slug,
  kind: nodeKind,
  name,
  holder: holder.optional(),
  manager: refOrNull.optional(),
  note: text,
  source: text,
  ref: text,
  grade: text,
  fte: fte.optional(),
  pay: pay.optional(),
  unit: text,
  role: text,
});

const linkSchema = z.looseObject({ kind: linkKind, from: ref, to: ref, note: text, source: text });

const functionSchema = z.looseObject({ id: slug, name, statutory: z.boolean().optional(), note: text, source: text });

export const structureSchema = z.looseObject({
  id: slug,
  title: z.string(),
  asOf: date.optional(),
  note: text,
  nodes: z.array(nodeSchema),
  links: z.array(linkSchema).optional(),
  functions: z.array(functionSchema).optional(),
  accountable: z.record(z.string(), ref).optional(),
});

const why = { why: text };
const stepSchema = z.discriminatedUnion(
  'op',
  [
    z.looseObject({ op: z.literal('add'), node: nodeSchema, ...why }),
    z.looseObject({ op: z.literal('remove'), node: ref, ...why }),
    z.looseObject({ op: z.literal('move'), node: ref, to: refOrNull, ...why }),
    z.looseObject({
      op: z.literal('update'),
      node: ref,
      set: z
        .strictObject({
          name: name.optional(),
          holder: holder.optional(),
          kind: nodeKind.optional(),
          note: z.string().optional(),
          grade: orNull('a string').optional(),
          fte: fte.nullable().optional(),
          pay: pay.nullable().optional(),
          unit: orNull('a string').optional(),
          role: orNull('a string').optional(),
          ref: orNull('a string').optional(),
        })
        .refine((s) => Object.keys(s).length > 0, {
          error: 'changes nothing (give some of name, holder, kind, note, grade, fte, pay, unit, role, ref)',
          when: (payload) => payload.issues.length === 0,
        }),
      ...why,
    }),
    z.looseObject({ op: z.literal('merge'), nodes: z.array(ref).min(1, { error: 'lists no nodes' }), into: ref, ...why }),
    z.looseObject({ op: z.literal('link'), kind: linkKind, from: ref, to: ref, note: text, ...why }),
    z.looseObject({ op: z.literal('unlink'), kind: linkKind, from: ref, to: ref, ...why }),
    z.looseObject({ op: z.literal('assign'), function: ref, to: refOrNull, ...why }),
  ],
  { error: (iss) => (iss.code === 'invalid_union' ? oneOf(STEP_OPS)({ input: (iss.input as { op?: unknown } | undefined)?.op }) : undefined) },
);

const optionSchema = z.looseObject({
  id: slug,
  title: z.string(),
  summary: text,
  source: text,
  from: ref.optional(),
  asOf: date.optional(),
  reconstructed: z.boolean().optional(),
  steps: z.array(stepSchema),
});

const judgementSchema = z.looseObject({
  score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.null()], {
    error: (iss) => `${show(iss.input)} is not a score (1 to 5, or null)`,
  }),
  note: text,
});

const appraisalSchema = z.looseObject({
  preferred: ref.optional(),
  note: text,
  lead: ref.optional(),
  scores: z.record(z.string(), z.strictObject(Object.fromEntries(CRITERIA.map((c) => [c, judgementSchema.optional()])))),
});

export const workspaceSchema = z.looseObject({
  format: z.literal(FORMAT, { error: (iss) => `${show(iss.input)} is not "${FORMAT}"` }),
  title: z.string(),
  currency: currency.optional(),
  baseline: structureSchema,
  options: z.array(optionSchema),
  appraisal: appraisalSchema.optional(),
});
