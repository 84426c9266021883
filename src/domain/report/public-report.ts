// The follow-up for citizens (`/rapport 2019 publik`, `--publik`): what was promised, the outcome and
// the figures behind it, activities counted per place and month, without anything internal: no notes,
// no people (names of those who logged, judged, commented or adopted; how many took part; signatories'
// names), no working-group comments or reasons, and no planned work.
import type { PromiseReport, ReportActivity, ReportModel } from './types.ts';

export function toPublicReport(model: ReportModel): ReportModel {
  const names = new Set<string>();
  if (model.adopted?.by) names.add(model.adopted.by);
  for (const p of model.promises) for (const c of p.comments ?? []) names.add(c.by);
  return {
    ...model,
    audience: 'public',
    ...(model.adopted ? { adopted: { ...model.adopted, by: null } } : {}),
    promises: model.promises.map((p) => publicPromise(p, names)),
    plannedNotDone: [],
    signatories: model.signatories.map((s) => ({ ...s, name: null })),
  };
}

function publicPromise(p: PromiseReport, names: ReadonlySet<string>): PromiseReport {
  const { comments: _internal, ...rest } = p;
  return {
    ...rest,
    figures: publicFigures(p, names),
    activities: p.activities.map(publicActivity),
  };
}

function publicActivity(a: ReportActivity): ReportActivity {
  return { ...a, note: null, participants: 0 };
}

/**
 * A judged promise's figures name who judged it and quote the group's reason: the public version says
 * the judgement's word only. Elsewhere a person's name (an adoption's, a commenter's) is taken out.
 */
function publicFigures(p: PromiseReport, names: ReadonlySet<string>): string[] {
  if (p.kind === 'judged') {
    const judged = p.final
      ? `Bedömt av arbetsgruppen: ${p.outcome}`
      : `Arbetsgruppens bedömning: ${p.status}`;
    return [...p.figures.slice(0, 1), judged];
  }
  return p.figures.map((line) => {
    let out = line;
    for (const name of names) out = out.split(` av ${name}`).join('').split(name).join('');
    return out;
  });
}
