// The small zod pieces the promise file is built from, shared by the file's schema and by each rule
// kind's own schema (src/domain/rules/kinds). Every message a reader sees is Swedish.
import { z } from 'zod';

export const isoDate = z
  .string({
    error: (iss) =>
      iss.input === undefined ? 'saknas (obligatoriskt fält)' : 'ska vara ett datum ÅÅÅÅ-MM-DD',
  })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ska vara ett datum ÅÅÅÅ-MM-DD' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      error: 'är inget giltigt datum',
    },
  );

/** Ids are lower-case ASCII slugs: they appear in commands, JSON and file names. */
export const slug = z.string({ error: 'ska vara text' }).regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: 'ska vara små bokstäver a–z, siffror och bindestreck (t.ex. "centrum")',
});

export const words = z.array(z.string().min(1, { error: 'får inte vara tomt' })).default([]);

export const positiveInt = z
  .number({ error: 'ska vara ett tal' })
  .int({ error: 'ska vara ett heltal' })
  .positive({ error: 'ska vara större än 0' });
export const positive = z.number({ error: 'ska vara ett tal' }).positive({ error: 'ska vara större än 0' });

/** Sub-periods a target can be counted per (issue: promise kinds). */
export const subPeriodSchema = z.enum(
  ['day', 'week', 'month', 'quarter', 'tertial', 'half-year', 'term', 'year', 'school-year', 'period'],
  {
    error: 'ska vara day, week, month, quarter, tertial, half-year, term, year, school-year eller period',
  },
);

export const clock = z
  .string({ error: 'ska vara ett klockslag TT:MM' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'ska vara ett klockslag TT:MM, t.ex. 17:00' });
export const clockEnd = z.union([clock, z.literal('24:00')], {
  error: 'ska vara ett klockslag TT:MM (00:00–24:00)',
});
export const weekdaySchema = z.enum(['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'], {
  error: 'ska vara mån, tis, ons, tor, fre, lör eller sön',
});

/** `2018/19`: the school year 1 July 2018–30 June 2019. */
export const schoolYearSchema = z
  .string({ error: 'ska vara ett läsår ÅÅÅÅ/ÅÅ, t.ex. 2018/19' })
  .regex(/^\d{4}\/\d{2}$/, { error: 'ska vara ett läsår ÅÅÅÅ/ÅÅ, t.ex. 2018/19' })
  .refine((s) => (Number(s.slice(0, 4)) + 1) % 100 === Number(s.slice(5)), {
    error: 'läsårets andra år ska följa på det första, t.ex. 2018/19',
  });

/** Calendar months as admins write them: `months: [jan, feb, mar]`, `exceptMonths: [jun, jul, aug]`. */
export const MONTH_IDS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'maj',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
] as const;
export const monthSchema = z.enum(MONTH_IDS, {
  error: 'ska vara jan, feb, mar, apr, maj, jun, jul, aug, sep, okt, nov eller dec',
});

/**
 * "bara november–mars", "undantaget juni–augusti": a rule counts only in these calendar months. Every
 * rule kind carries the two fields; the file check refuses them where months make no sense.
 */
export const monthsFields = {
  /** Only these calendar months count ("bara november–mars"). */
  months: z.array(monthSchema).min(1).optional(),
  /** These calendar months do not count (the other way to write `months`). */
  exceptMonths: z.array(monthSchema).min(1).optional(),
};
