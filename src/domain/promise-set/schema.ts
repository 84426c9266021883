// The promise-definition file: one municipality's promises for one period, as data.
// Validated with zod; every message a reader sees is Swedish (see load-promise-file.ts).
import { z } from 'zod';
import { RULE_KINDS, RULE_SCHEMAS } from '../rules/kinds/rule-kinds.ts';
import {
  clock,
  clockEnd,
  isoDate,
  positiveInt,
  schoolYearSchema,
  slug,
  weekdaySchema,
  words,
} from './schema-parts.ts';

export const placeSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  aliases: words,
  /** Optional grouping, e.g. `skola`, used by coverage rules ("alla skolor"); read as one more tag. */
  group: z.string().optional(),
  /** Tags a promise can pick places by: `places: { only: { tags: [skolmiljo] } }`, `coverage.tags`. */
  tags: z.array(slug).default([]),
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

export const ruleSchema = z.discriminatedUnion('kind', RULE_SCHEMAS, {
  error: `rule.kind ska vara ${RULE_KINDS.slice(0, -1).join(', ')} eller ${RULE_KINDS.at(-1)}`,
});

const anyOfList = z
  .strictObject({
    anyOf: z.array(slug).min(1).optional(),
    /** Every one of them must be named ("för lärare, elever och vårdnadshavare" in one session). */
    allOf: z.array(slug).min(1).optional(),
    /** true: only activities logged with them count; false: recorded and summed only. */
    required: z.boolean().default(true),
  })
  .refine((l) => l.anyOf !== undefined || l.allOf !== undefined, {
    error: 'ange anyOf (en av) eller allOf (alla), eller båda',
  });

export const commitmentSchema = z.strictObject({
  id: slug,
  /** Who promises, e.g. "Polisen" or "Kommunen". */
  owner: z.string().min(1).optional(),
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
    // `places: open` is short for `places: { open: true }`.
    .preprocess(
      (value) => (value === 'open' ? { open: true } : value),
      z.strictObject({
        /** Only places from the set's list count (and are accepted). */
        fromList: z.boolean().default(false),
        /** A word that is no listed place is taken as a new place (the reply says "ny plats"). */
        open: z.boolean().default(false),
        /** A place must be given. */
        required: z.boolean().default(false),
        /** Places to watch for silence ("ingen medborgarkontakt i Skolan på 5 veckor"). */
        watch: z.array(slug).default([]),
        silentWeeks: positiveInt.default(4),
        /** Only these places count: by tag, by id, or both ("hundsök i skolmiljö"). */
        only: z
          .strictObject({
            tags: z.array(slug).min(1).optional(),
            ids: z.array(slug).min(1).optional(),
          })
          .refine((o) => o.tags !== undefined || o.ids !== undefined, {
            error: 'only ska ha tags eller ids (eller båda)',
          })
          .optional(),
      }),
    )
    .optional(),
  /** Counts above this in one entry are asked to be confirmed with `bekräfta` (default 20). */
  maxCount: positiveInt.optional(),
  partners: z
    .strictObject({
      /** The activity counts only when logged with one of these partners (ids). */
      anyOf: z.array(slug).min(1).optional(),
      /** The activity counts only when logged with every one of these ("tillsammans med skola och kommun"). */
      allOf: z.array(slug).min(1).optional(),
    })
    .refine((p) => p.anyOf !== undefined || p.allOf !== undefined, {
      error: 'partners ska ha anyOf (en av) eller allOf (alla), eller båda',
    })
    .optional(),
  /** Platform user ids mentioned in slip alerts, e.g. `slack:U123` or a display name. */
  responsible: z.array(z.string()).default([]),
  /** Share of the target that makes a missed promise `delvis uppfyllt` in the report (default 0.5). */
  partialShare: z.number().min(0).max(1).default(0.5),
  /** Result figures logged per activity, summed in status and report. */
  figures: z
    .array(
      z.strictObject({
        id: slug,
        label: z.string().min(1),
        /** The label for one ("ny samverkansgrupp"), where a count of 1 is written: "1 ny samverkansgrupp kvar". */
        singular: z.string().min(1).optional(),
        words: words,
        unit: z.string().optional(),
        /** The figure's own target ("utbildade 14 av 20"). */
        target: positiveInt.optional(),
      }),
    )
    .default([]),
  /** "vid behov", "om det uppkommer önskemål": never triggered means `ej aktuell`. */
  conditional: z
    // Both response times at once cannot both hold.
    .preprocess(
      (value, ctx) => {
        const v = value as Record<string, unknown> | null;
        if (v && typeof v === 'object' && 'respondWithin' in v && 'respondWithinWeeks' in v) {
          ctx.addIssue({
            code: 'custom',
            input: value,
            message:
              'ange respondWithinWeeks (svar inom N veckor) eller respondWithin: period (svar senast vid periodens slut), inte båda',
          });
        }
        return value;
      },
      z.strictObject({
        /** The condition verbatim, shown in status and report. */
        trigger: z.string().min(1),
        /** Words that log a trigger. */
        words,
        /** A need is answered within this many weeks (the document's own response time). */
        respondWithinWeeks: positiveInt.optional(),
        /** `period`: by the end of the period; also what applies when no response time is given (the brief). */
        respondWithin: z
          .literal('period', {
            error:
              'ska vara period (svar senast vid periodens slut); för ett antal veckor, skriv respondWithinWeeks',
          })
          .optional(),
      }),
    )
    .optional(),
  /** What counts: every given part must hold. */
  when: z
    .strictObject({
      weekdays: z.array(weekdaySchema).min(1).optional(),
      from: clock.optional(),
      /** Before `from`: the span wraps midnight ("22:00"–"04:00"). */
      to: clockEnd.optional(),
      events: z.array(slug).min(1).optional(),
      seasons: z.array(slug).min(1).optional(),
    })
    .optional(),
  targetGroups: anyOfList.optional(),
  methods: anyOfList.optional(),
  /** "därefter": counts, and is due, only from the day this other promise was done. */
  after: slug.optional(),
  /** The target holds within this season (`seasons:`), e.g. "17 kontroller under vintersäsongen". */
  during: slug.optional(),
  /** Promise ids an activity of this promise also counts for (one level, never transitive). */
  alsoCounts: z.array(slug).default([]),
});

const datedSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  aliases: words,
  dates: z.array(isoDate).default([]),
  start: isoDate.optional(),
  end: isoDate.optional(),
});

const namedSchema = z.strictObject({ id: slug, name: z.string().min(1), aliases: words });

/** A named set other than places: classes, villages, housing units. */
const namedSetSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  members: z
    .array(
      z.strictObject({
        id: slug,
        name: z.string().min(1),
        aliases: words,
        /** The member exists only this school year (a class: "8A Skola 1" 2018/19). */
        schoolYear: schoolYearSchema.optional(),
      }),
    )
    .min(1, { error: 'minst en medlem behövs' }),
});

export const followUpStepSchema = z.strictObject({
  id: slug,
  what: z.string().min(1),
  /** Who reports: roles, or platform ids to mention. */
  by: z.array(z.string().min(1)).min(1),
  to: z.array(z.string().min(1)).default([]),
  cadence: z.enum(
    ['continuous', 'weekly', 'monthly', 'tertial', 'quarterly', 'half-year', 'yearly', 'once'],
    {
      error: 'ska vara continuous, weekly, monthly, tertial, quarterly, half-year, yearly eller once',
    },
  ),
  /** Explicit dates; otherwise the end of each cadence unit. */
  due: z.array(isoDate).default([]),
  remindDaysBefore: positiveInt.default(7),
  channel: z.string().optional(),
});

export const promiseSetSchema = z.strictObject({
  /** Set key: municipality slug and year, e.g. `overkalix-2018`. */
  key: slug,
  /** Format version of this file. */
  format: z.union([z.literal(1), z.literal(2)], { error: 'format ska vara 1 eller 2' }).default(1),
  title: z.string().min(1),
  municipality: z.string().min(1),
  policeArea: z.string().min(1),
  period: z
    .strictObject({
      start: isoDate,
      end: isoDate,
      /** "förlängt till att gälla även 2019": the effective period ends here. */
      extendedTo: isoDate.optional(),
      /** The extension decision verbatim, for the report. */
      extensionNote: z.string().optional(),
      /** Multi-year document whose targets start over each year (or school year, at 1 July). */
      resetsEach: z.enum(['year', 'school-year'], { error: 'ska vara year eller school-year' }).optional(),
    })
    .refine((p) => p.start <= p.end, { error: 'start måste vara före end' }),
  reportDue: isoDate,
  timeZone: z.string().default('Europe/Stockholm'),
  problemAreas: z.array(z.string()).default([]),
  places: z.array(placeSchema).default([]),
  partners: z.array(partnerSchema).default([]),
  signatories: z.array(signatorySchema).default([]),
  followUp: z.string().optional(),
  /** School terms, for `per: term`. */
  terms: z.array(datedSchema).default([]),
  seasons: z.array(datedSchema).default([]),
  /** Named, dated events: Valborg, a market, riskkvällar, temakvällar. */
  events: z.array(datedSchema).default([]),
  targetGroups: z.array(namedSchema).default([]),
  methods: z.array(namedSchema).default([]),
  /** Named sets other than places, for coverage (`rule: { kind: coverage, set: ak8 }`). */
  sets: z.array(namedSetSchema).default([]),
  /** Who reports to whom, how often: the bot reminds before each due date. */
  followUpPlan: z.array(followUpStepSchema).default([]),
  promises: z.array(commitmentSchema).min(1, { error: 'minst ett löfte behövs' }),
});

export type PromiseSetDef = z.infer<typeof promiseSetSchema>;
export type CommitmentDef = z.infer<typeof commitmentSchema>;
export type RuleDef = z.infer<typeof ruleSchema>;
export type PlaceDef = z.infer<typeof placeSchema>;
export type PartnerDef = z.infer<typeof partnerSchema>;
export type DatedDef = z.infer<typeof datedSchema>;
export type FollowUpStepDef = z.infer<typeof followUpStepSchema>;
