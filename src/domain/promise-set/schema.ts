// The promise-definition file: one municipality's promises for one period, as data.
// Validated with zod; every message a reader sees is Swedish (see load-promise-file.ts).
import { z } from 'zod';

const isoDate = z
  .string({ error: (iss) => (iss.input === undefined ? 'saknas (obligatoriskt fält)' : 'ska vara ett datum ÅÅÅÅ-MM-DD') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ska vara ett datum ÅÅÅÅ-MM-DD' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: 'är inget giltigt datum',
  });

/** Ids are lower-case ASCII slugs: they appear in commands, JSON and file names. */
const slug = z
  .string({ error: 'ska vara text' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'ska vara små bokstäver a–z, siffror och bindestreck (t.ex. "centrum")' });

const words = z.array(z.string().min(1, { error: 'får inte vara tomt' })).default([]);

export const placeSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  aliases: words,
  /** Optional grouping, e.g. `skola`, used by coverage rules ("alla skolor"). */
  group: z.string().optional(),
});

export const partnerSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  aliases: words,
});

export const signatorySchema = z.strictObject({
  role: z.string().min(1),
  name: z.string().optional(),
  organisation: z.string().optional(),
});

const positiveInt = z.number({ error: 'ska vara ett tal' }).int({ error: 'ska vara ett heltal' }).positive({ error: 'ska vara större än 0' });
const positive = z.number({ error: 'ska vara ett tal' }).positive({ error: 'ska vara större än 0' });

/** Sub-periods a target can be counted per (issue: promise kinds). */
export const subPeriodSchema = z.enum(['week', 'month', 'quarter', 'tertial', 'half-year', 'term', 'period'], {
  error: 'ska vara week, month, quarter, tertial, half-year, term eller period',
});

export const ruleSchema = z.discriminatedUnion(
  'kind',
  [
    /** At least `target` in the period (or per sub-period with `per`). */
    z.strictObject({
      kind: z.literal('count'),
      target: positiveInt,
      per: subPeriodSchema.default('period'),
      /** Weeks left when "few weeks left" warns (brief default 4). */
      warnWeeksLeft: positiveInt.default(4),
    }),
    /** At least `target` per completed week on average. */
    z.strictObject({
      kind: z.literal('weekly-average'),
      target: positive,
      /** K: slipping when the last K completed weeks had none (brief default 2). */
      silentWeeks: positiveInt.default(2),
    }),
    /** Every run of `weeks` consecutive ISO weeks of the period holds at least one. */
    z.strictObject({
      kind: z.literal('every-n-weeks'),
      weeks: positiveInt,
      /** Show weeks by their Saturday–Sunday dates (default: when the promise speaks of "helg"). */
      weekend: z.boolean().optional(),
    }),
    /** Continuous work: warn when silent for `weeks` completed weeks (brief default 4). */
    z.strictObject({
      kind: z.literal('regular'),
      weeks: positiveInt.default(4),
    }),
    /** A deliverable done (logged) no later than `due`. */
    z.strictObject({
      kind: z.literal('deadline'),
      due: isoDate,
      /** Days before `due` when reminders start (default: from the 1st of due's month). */
      remindFrom: isoDate.optional(),
    }),
  ],
  { error: 'rule.kind ska vara count, weekly-average, every-n-weeks, regular eller deadline' },
);

export const commitmentSchema = z.strictObject({
  id: slug,
  /** Problem area heading from the document, e.g. "Arbeta mot narkotika". */
  category: z.string().min(1),
  /** Short Swedish title shown in status lines. */
  title: z.string().min(1),
  /** The promise text, verbatim from the signed document. */
  text: z.string().min(1),
  /** Activity words that log this promise; the first is the canonical one. Empty: not loggable. */
  words,
  rule: ruleSchema,
  places: z
    .strictObject({
      /** Only places from the set's list count (and are accepted). */
      fromList: z.boolean().default(false),
      /** A place must be given. */
      required: z.boolean().default(false),
      /** Places to watch for silence ("ingen medborgarkontakt i Skolan på 5 veckor"). */
      watch: z.array(slug).default([]),
      silentWeeks: positiveInt.default(4),
    })
    .optional(),
  partners: z
    .strictObject({
      /** The activity counts only when logged with one of these partners (ids). */
      anyOf: z.array(slug).min(1),
    })
    .optional(),
  /** Platform user ids mentioned in slip alerts, e.g. `slack:U123` or a display name. */
  responsible: z.array(z.string()).default([]),
  /** Share of the target that makes a missed promise `delvis uppfyllt` in the report (default 0.5). */
  partialShare: z.number().min(0).max(1).default(0.5),
  /** Result figures logged per activity, summed in status and report. */
  figures: z
    .array(z.strictObject({ id: slug, label: z.string().min(1), words: words }))
    .default([]),
});

export const promiseSetSchema = z.strictObject({
  /** Set key: municipality slug and year, e.g. `overkalix-2018`. */
  key: slug,
  /** Format version of this file. */
  format: z.literal(1).default(1),
  title: z.string().min(1),
  municipality: z.string().min(1),
  policeArea: z.string().min(1),
  period: z
    .strictObject({ start: isoDate, end: isoDate })
    .refine((p) => p.start <= p.end, { error: 'start måste vara före end' }),
  reportDue: isoDate,
  timeZone: z.string().default('Europe/Stockholm'),
  problemAreas: z.array(z.string()).default([]),
  places: z.array(placeSchema).default([]),
  partners: z.array(partnerSchema).default([]),
  signatories: z.array(signatorySchema).default([]),
  followUp: z.string().optional(),
  promises: z.array(commitmentSchema).min(1, { error: 'minst ett löfte behövs' }),
});

export type PromiseSetDef = z.infer<typeof promiseSetSchema>;
export type CommitmentDef = z.infer<typeof commitmentSchema>;
export type RuleDef = z.infer<typeof ruleSchema>;
export type PlaceDef = z.infer<typeof placeSchema>;
export type PartnerDef = z.infer<typeof partnerSchema>;
