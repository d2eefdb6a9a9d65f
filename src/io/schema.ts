import { z } from 'zod';
import { CRITERIA, FORMAT, LINK_KINDS, NODE_KINDS } from '../model/types.ts';
import { NAME_MAX, SLUG, SLUG_MAX, withinLength } from '../options/index.ts';
import type { AmountField, ShapeProblem } from './problems.ts';

/**
 * Shapes of the workspace format. Objects are loose: optional fields of other tools are kept. Rules zod has no code
 * for carry the kind of problem they find in their `params` (a custom issue); issues.ts turns every issue into a
 * typed ShapeProblem, and src/words/fileProblems.ts words it.
 */

/** What a custom rule's issue carries: the problem's kind and its typed values, less the place and the value. */
type Params = DistributiveOmit<Exclude<ShapeProblem, { kind: 'pay-band-inverted' }>, 'place' | 'value'> | { kind: 'pay-band-inverted' };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
const params = (p: Params) => ({ params: p });

const slug = z.string().max(SLUG_MAX).regex(SLUG);
const name = z
  .string()
  .min(1)
  .refine((s) => withinLength(s, NAME_MAX), params({ kind: 'too-long', max: NAME_MAX }));
const ref = z.string();
/** A string or null: a holder (null: vacant), or a node id (null: none). */
const orNull = (of: 'text' | 'node-id') =>
  z.custom<string | null>((v) => v === null || typeof v === 'string', params({ kind: 'not-string-or-null', of }));
const holder = orNull('text');
const refOrNull = orNull('node-id');
const text = z.string().optional();
const nodeKind = z.enum(NODE_KINDS);
const linkKind = z.enum(LINK_KINDS);

function isRealDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
const date = z.string().refine(isRealDate, params({ kind: 'not-a-date' }));

/** A finite number (JSON's 1e400 reads as Infinity), at least 0: FTE and pay (people.md, Fields). */
const amount = (field: AmountField) =>
  z
    .number()
    .refine(Number.isFinite, params({ kind: 'too-large', field }))
    .refine((v) => v >= 0, params({ kind: 'negative', field }));
const fte = amount('fte');
/** Annual pay for 1.0 FTE, 0 ≤ min ≤ max (people.md, Fields). */
const pay = z
  .strictObject({ min: amount('pay.min'), max: amount('pay.max') })
  .refine((p) => p.min <= p.max, { ...params({ kind: 'pay-band-inverted' }), when: (payload) => payload.issues.length === 0 });
const supportedCurrencies: ReadonlySet<string> | null =
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;
/** An ISO 4217 code (people.md, Fields): three capital letters, and one the platform knows where it can say. */
const currency = z.custom<string>(
  (c) => typeof c === 'string' && /^[A-Z]{3}$/.test(c) && (supportedCurrencies === null || supportedCurrencies.has(c)),
  params({ kind: 'not-a-currency' }),
);

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
          grade: orNull('text').optional(),
          fte: fte.nullable().optional(),
          pay: pay.nullable().optional(),
          unit: orNull('text').optional(),
          role: orNull('text').optional(),
          ref: orNull('text').optional(),
        })
        .refine((s) => Object.keys(s).length > 0, { ...params({ kind: 'changes-nothing' }), when: (payload) => payload.issues.length === 0 }),
      ...why,
    }),
    z.looseObject({ op: z.literal('merge'), nodes: z.array(ref).refine((a) => a.length > 0, params({ kind: 'merges-nothing' })), into: ref, ...why }),
    z.looseObject({ op: z.literal('link'), kind: linkKind, from: ref, to: ref, note: text, ...why }),
    z.looseObject({ op: z.literal('unlink'), kind: linkKind, from: ref, to: ref, ...why }),
    z.looseObject({ op: z.literal('assign'), function: ref, to: refOrNull, ...why }),
  ],
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
  score: z.custom<1 | 2 | 3 | 4 | 5 | null>((v) => v === null || [1, 2, 3, 4, 5].includes(v as number), params({ kind: 'not-a-score' })),
  note: text,
});

const appraisalSchema = z.looseObject({
  preferred: ref.optional(),
  note: text,
  lead: ref.optional(),
  scores: z.record(z.string(), z.strictObject(Object.fromEntries(CRITERIA.map((c) => [c, judgementSchema.optional()])))),
});

export const workspaceSchema = z.looseObject({
  format: z.literal(FORMAT),
  title: z.string(),
  currency: currency.optional(),
  baseline: structureSchema,
  options: z.array(optionSchema),
  appraisal: appraisalSchema.optional(),
});
