// Cross-field checks for the format-2 keys (issue 9): references to events, seasons, terms,
// target groups, methods and other promises, and dates that must lie inside the period.
import { doneTarget } from '../rules/after.ts';
import { skippedMonthsOf } from '../rules/month-filter.ts';
import { placesTagged } from '../rules/place-subset.ts';
import { normaliseWord } from '../text/normalise.ts';
import { effectivePeriod } from './effective-period.ts';
import type { PromiseSetDef } from './schema.ts';

export interface ReferenceError {
  path: (string | number)[];
  message: string;
}

/**
 * Why a rule cannot take `months`/`exceptMonths` ("bara november–mars"), in words for the admin; null
 * where it can (counts, averages, coverage of places and sets).
 */
function monthsRefusal(rule: PromiseSetDef['promises'][number]['rule']): string | null {
  switch (rule.kind) {
    case 'milestone':
    case 'deadline':
      return `kind: ${rule.kind}: en leverans har ett datum (due), inga månader att räkna`;
    case 'judged':
      return 'kind: judged: ett bedömt löfte räknar inga aktiviteter, det bedöms av en person';
    case 'every-n-weeks':
    case 'regular':
      return `kind: ${rule.kind}: veckorna i följd kan inte hoppa över månader; för en sammanhängande del av året, skriv en säsong under seasons och during: <säsong> på löftet`;
    case 'count':
      return rule.every !== undefined
        ? 'every: månaderna (veckorna) i följd kan inte hoppa över månader; för en sammanhängande del av året, skriv en säsong under seasons och during: <säsong> på löftet'
        : null;
    case 'coverage':
      return rule.events !== undefined ? 'coverage av events: händelserna har redan sina datum' : null;
    default:
      return null;
  }
}

export function checkExtensions(def: PromiseSetDef): ReferenceError[] {
  const errors: ReferenceError[] = [];
  const add = (path: (string | number)[], message: string) => errors.push({ path, message });
  const period = effectivePeriod(def);
  if (def.period.extendedTo !== undefined && def.period.extendedTo <= def.period.end) {
    add(['period', 'extendedTo'], 'ska vara efter period.end');
  }
  const ids = (list: { id: string }[], key: string, what: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add([key, i, 'id'], `${what} "${item.id}" finns redan`);
      seen.add(item.id);
    });
    return seen;
  };
  const eventIds = ids(def.events, 'events', 'händelsen');
  const seasonIds = ids(def.seasons, 'seasons', 'säsongen');
  ids(def.terms, 'terms', 'terminen');
  const groupIds = ids(def.targetGroups, 'targetGroups', 'målgruppen');
  const methodIds = ids(def.methods, 'methods', 'metoden');
  ids(def.followUpPlan, 'followUpPlan', 'uppföljningen');
  for (const key of ['terms', 'seasons', 'events'] as const) {
    def[key].forEach((d, i) => {
      const hasSpan = d.start !== undefined && d.end !== undefined;
      if (d.dates.length === 0 && !hasSpan) add([key, i], 'ange dates eller både start och end');
      if ((d.start === undefined) !== (d.end === undefined)) add([key, i], 'start och end anges tillsammans');
      if (hasSpan && d.start! > d.end!) add([key, i, 'start'], 'start måste vara före end');
      const inside = (date: string) => date >= period.start && date <= period.end;
      d.dates.forEach((date, j) => {
        if (!inside(date)) add([key, i, 'dates', j], 'ska ligga inom perioden');
      });
      if (d.start !== undefined && !inside(d.start)) add([key, i, 'start'], 'ska ligga inom perioden');
      if (d.end !== undefined && !inside(d.end)) add([key, i, 'end'], 'ska ligga inom perioden');
    });
  }
  def.followUpPlan.forEach((step, i) => {
    if (step.cadence === 'once' && step.due.length === 0)
      add(['followUpPlan', i, 'due'], 'cadence: once kräver due');
  });

  const promiseIds = new Set(def.promises.map((c) => c.id));
  const placeIds = new Set(def.places.map((p) => p.id));
  // Members are logged where places are: their ids must differ from every place's and each other's.
  const setIds = ids(def.sets, 'sets', 'mängden');
  const memberIds = new Set<string>();
  def.sets.forEach((s, i) => {
    s.members.forEach((m, j) => {
      if (placeIds.has(m.id)) add(['sets', i, 'members', j, 'id'], `"${m.id}" är redan en plats`);
      else if (memberIds.has(m.id)) add(['sets', i, 'members', j, 'id'], `medlemmen "${m.id}" finns redan`);
      memberIds.add(m.id);
    });
  });
  const wordOwner = new Map<string, string>();
  for (const c of def.promises) for (const w of c.words) wordOwner.set(normaliseWord(w), c.id);
  const usesTerm = def.promises.some(
    (c) => (c.rule.kind === 'count' || c.rule.kind === 'coverage') && c.rule.per === 'term',
  );
  if (usesTerm && def.terms.length === 0) {
    const i = def.promises.findIndex(
      (c) => (c.rule.kind === 'count' || c.rule.kind === 'coverage') && c.rule.per === 'term',
    );
    add(['promises', i, 'rule', 'per'], 'per: term kräver att terminerna står under terms');
  }
  def.promises.forEach((c, i) => {
    const at = (...rest: (string | number)[]) => ['promises', i, ...rest];
    const ref = (
      list: string[] | undefined,
      known: Set<string>,
      path: (string | number)[],
      what: string,
      key: string,
    ) =>
      list?.forEach((id, j) => {
        if (!known.has(id)) add([...path, j], `okänd ${what} "${id}": finns inte under ${key}`);
      });
    const rule = c.rule;
    if (rule.kind === 'coverage') {
      const given = [rule.places, rule.group, rule.tags, rule.events, rule.set, rule.targetGroups].filter(
        (x) => x !== undefined,
      ).length;
      if (given !== 1) {
        add(at('rule'), 'coverage ska ha exakt en av places, group, tags, events, set eller targetGroups');
      }
      ref(rule.targetGroups, groupIds, at('rule', 'targetGroups'), 'målgrupp', 'targetGroups');
      if (rule.set !== undefined && !setIds.has(rule.set)) {
        add(at('rule', 'set'), `okänd mängd "${rule.set}": finns inte under sets`);
      }
      if (rule.schoolYears !== undefined && rule.set === undefined) {
        add(at('rule', 'schoolYears'), 'schoolYears gäller bara med set');
      }
      ref(rule.places, placeIds, at('rule', 'places'), 'plats', 'places');
      ref(rule.events, eventIds, at('rule', 'events'), 'händelse', 'events');
      if (rule.group !== undefined && placesTagged(def, [rule.group]).length === 0) {
        add(at('rule', 'group'), `ingen plats har group eller tagg ${rule.group}`);
      }
      rule.tags?.forEach((tag, j) => {
        if (placesTagged(def, [tag]).length === 0)
          add(at('rule', 'tags', j), `ingen plats har taggen "${tag}"`);
      });
    }
    if (
      rule.kind === 'milestone' &&
      rule.due !== undefined &&
      (rule.due < period.start || rule.due > period.end)
    ) {
      add(at('rule', 'due'), 'ska ligga inom perioden');
    }
    if (rule.kind === 'count' && rule.every !== undefined && rule.per !== 'period') {
      add(
        at('rule', 'every'),
        'every och per kan inte anges tillsammans: välj "per" (fasta delperioder) eller "every" (N månader eller veckor i följd)',
      );
    }
    if (rule.kind === 'count' && rule.distinctPlaces !== undefined && rule.distinctPlaces > rule.target) {
      add(at('rule', 'distinctPlaces'), 'får inte vara större än target');
    }
    for (const key of ['months', 'exceptMonths'] as const) {
      const why = rule[key] === undefined ? null : monthsRefusal(rule);
      if (why) add(at('rule', key), `löftet "${c.id}": ${key} går inte med ${why}`);
    }
    if (rule.months !== undefined && rule.exceptMonths !== undefined) {
      add(
        at('rule', 'exceptMonths'),
        'ange months (månaderna som räknas) eller exceptMonths (de som inte räknas), inte båda',
      );
    } else if (skippedMonthsOf(rule).length === 12) {
      add(at('rule', 'exceptMonths'), 'alla tolv månader är undantagna: ingen månad blir kvar att räkna');
    }
    if (rule.kind === 'count') {
      if (rule.sum !== undefined) {
        const ids = c.figures.map((f) => f.id);
        if (!ids.includes(rule.sum)) {
          add(
            at('rule', 'sum'),
            ids.length === 0
              ? `okänt resultatmått "${rule.sum}": löftet har inga figures (skriv resultatmåttet under löftets figures)`
              : `okänt resultatmått "${rule.sum}": löftets figures är ${ids.join(', ')}`,
          );
        }
        if (rule.distinct !== undefined || rule.distinctPlaces !== undefined) {
          add(
            at('rule', 'sum'),
            'sum kan inte kombineras med distinct eller distinctPlaces: summan räknar resultatmåttet, inte tillfällen eller platser',
          );
        }
      }
    }
    ref(c.places?.only?.ids, placeIds, at('places', 'only', 'ids'), 'plats', 'places');
    c.places?.only?.tags?.forEach((tag, j) => {
      if (placesTagged(def, [tag]).length === 0)
        add(
          at('places', 'only', 'tags', j),
          `ingen plats har taggen "${tag}" (skriv tags: [${tag}] på platserna)`,
        );
    });
    ref(c.when?.events, eventIds, at('when', 'events'), 'händelse', 'events');
    if (c.during !== undefined && !seasonIds.has(c.during)) {
      add(at('during'), `okänd säsong "${c.during}": finns inte under seasons`);
    }
    if (c.after !== undefined) {
      const other = def.promises.find((p) => p.id === c.after);
      if (c.after === c.id) add(at('after'), 'ett löfte kan inte komma efter sig självt');
      else if (!other) add(at('after'), `okänt löfte "${c.after}": finns inte under promises`);
      else if (doneTarget(other) === null) {
        add(
          at('after'),
          `löftet "${other.id}" har inget datum då det är klart: after kräver ett löfte med kind count (utan per och every), milestone eller deadline`,
        );
      } else {
        // A chain (A after B after C) is followed link by link; one that comes back is a ring.
        const chain = [c.id];
        let next: string | undefined = c.after;
        while (next !== undefined && !chain.includes(next)) {
          chain.push(next);
          next = def.promises.find((p) => p.id === next)?.after;
        }
        if (next === c.id) {
          add(at('after'), `after bildar en ring: ${[...chain, c.id].join(' → ')} (inget av dem kan börja)`);
        }
      }
    }
    ref(c.when?.seasons, seasonIds, at('when', 'seasons'), 'säsong', 'seasons');
    if (c.when && (c.when.from === undefined) !== (c.when.to === undefined)) {
      add(at('when'), 'from och to anges tillsammans');
    }
    ref(c.targetGroups?.anyOf, groupIds, at('targetGroups', 'anyOf'), 'målgrupp', 'targetGroups');
    ref(c.targetGroups?.allOf, groupIds, at('targetGroups', 'allOf'), 'målgrupp', 'targetGroups');
    ref(c.methods?.anyOf, methodIds, at('methods', 'anyOf'), 'metod', 'methods');
    ref(c.methods?.allOf, methodIds, at('methods', 'allOf'), 'metod', 'methods');
    c.alsoCounts.forEach((id, j) => {
      if (id === c.id) add(at('alsoCounts', j), 'ett löfte kan inte räknas för sig självt');
      else if (!promiseIds.has(id))
        add(at('alsoCounts', j), `okänt löfte "${id}": finns inte under promises`);
    });
    c.conditional?.words.forEach((w, j) => {
      const key = normaliseWord(w);
      const owner = wordOwner.get(key);
      if (owner) add(at('conditional', 'words', j), `ordet "${w}" används redan av löftet "${owner}"`);
      wordOwner.set(key, c.id);
    });
  });
  return errors;
}
