// What counts for a promise with required target groups and methods, and how a conditional
// promise's trigger (a count-0 entry) is taken: every figure below is computed by hand.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { describeResponseDue } from '../../../../src/domain/render/describe-response-due.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { disqualification, qualifies } from '../../../../src/domain/rules/qualifies.ts';
import { tallyActivities } from '../../../../src/domain/rules/tally.ts';
import { createTimeline } from '../../../../src/domain/rules/timeline.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { PromiseStatus } from '../../../../src/domain/status/types.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { buildActivity } from '../../../helpers/build-activity.ts';
import { statusOfKind } from '../../../helpers/evaluate-kind.ts';
import { lineAt } from '../../../helpers/status-line.ts';
import { createKindsTestSet } from '../grammar/kinds-test-set.ts';
import { commitmentOf } from '../status/fixtures.ts';

const set = createKindsTestSet();
const act = (ids: string | string[], date: string, extra: Partial<Activity> = {}) =>
  buildActivity(ids, date, { setKey: set.key, ...extra });
const at = (local: string) => parseNow(local, set.timeZone);
function statusOf(activities: Activity[], local: string, id: string): PromiseStatus {
  return computeStatus(set, activities, at(local)).promises.find((p) => p.id === id)!;
}

describe('target groups and methods as conditions', () => {
  const controls = [
    act('riktade-kontroller', '2024-03-01', { targetGroups: ['mopeder'], methods: ['civil'] }),
    act('riktade-kontroller', '2024-03-08', { targetGroups: ['mopeder'] }),
    act('riktade-kontroller', '2024-03-15', { methods: ['civil'] }),
    act('riktade-kontroller', '2024-03-22', {
      targetGroups: ['a-traktorer', 'unga'],
      methods: ['civil', 'uniformerad'],
      count: 2,
    }),
    act('riktade-kontroller', '2024-03-29', { targetGroups: ['unga'], methods: ['civil'] }),
  ];

  it('counts only activities naming a listed target group and a listed method, and warns of the rest', () => {
    const ps = statusOf(controls, '2024-04-10T12:00', 'riktade-kontroller');
    // 1 (1 March) + 2 (22 March); 8, 15 and 29 March each lack one of the two.
    expect(ps.count).toBe(3);
    expect(ps.missingGroupOrMethod).toBe(3);
    expect(ps.alerts).toContainEqual({
      code: 'missing-group-or-method',
      severity: 'warning',
      message:
        '3 loggade räknas inte: löftet kräver målgrupp (Mopeder, A-traktorer) och metod (Civilt). Logga med t.ex. "moped"',
    });
  });

  it('requires only what the promise lists, and nothing when `required: false`', () => {
    const lessons = [
      act('lektion', '2024-02-01', { targetGroups: ['ak7'] }),
      act('lektion', '2024-02-08'),
      act('narvaro', '2024-02-09'),
      act('narvaro', '2024-02-16', { targetGroups: ['unga'] }),
    ];
    const lesson = statusOf(lessons, '2024-02-20T12:00', 'lektion');
    expect([lesson.count, lesson.missingGroupOrMethod]).toEqual([1, 1]);
    expect(lesson.alerts.map((a) => a.message)).toContain(
      '1 loggad räknas inte: löftet kräver målgrupp (Årskurs 7). Logga med t.ex. "åk 7"',
    );
    const presence = statusOf(lessons, '2024-02-20T12:00', 'narvaro');
    expect([presence.count, presence.missingGroupOrMethod]).toEqual([2, 0]);
  });

  it('drops the warning once the period has ended, and the report sums per target group and method', () => {
    expect(statusOf(controls, '2025-01-10T12:00', 'riktade-kontroller').alerts).toEqual([]);
    const report = buildReport(set, controls, at('2025-01-10T12:00'));
    const promise = report.promises.find((p) => p.id === 'riktade-kontroller')!;
    expect(promise.figures).toEqual([
      '3 av 4 riktad kontroller',
      '3 loggade utan målgrupp (Mopeder, A-traktorer) eller metod (Civilt) räknades inte',
      // Unga and Uniformerat are not this promise's, so they are left out.
      'Per målgrupp: A-traktorer 2, Mopeder 1',
      'Per metod: Civilt 3',
    ]);
    expect(promise.activities.map((a) => [a.date, a.counted, a.targetGroups ?? [], a.methods ?? []])).toEqual(
      [
        ['2024-03-01', true, ['Mopeder'], ['Civilt']],
        ['2024-03-08', false, ['Mopeder'], []],
        ['2024-03-15', false, [], ['Civilt']],
        ['2024-03-22', true, ['A-traktorer', 'Unga'], ['Civilt', 'Uniformerat']],
        ['2024-03-29', false, ['Unga'], ['Civilt']],
      ],
    );
  });

  it('says why with the same checks in qualifies() as in the status tally', () => {
    const control = commitmentOf(set, 'riktade-kontroller');
    expect(disqualification(control, set, controls[1]!)).toBe('missing-group-or-method');
    expect(qualifies(control, set, controls[0]!)).toBe(true);
    const ids = ['riktade-kontroller', 'lektion', 'narvaro', 'trygghetsvandring'];
    const variants = [0, 1].flatMap((count) =>
      [[], ['mopeder'], ['ak7', 'unga']].flatMap((targetGroups) =>
        [[], ['civil']].flatMap((methods) =>
          [[], ['kommunen']].map((partners) =>
            act(ids, '2024-06-03', { count, targetGroups, methods, partners }),
          ),
        ),
      ),
    );
    for (const id of ids) {
      const commitment = commitmentOf(set, id);
      const timeline = createTimeline(commitment, set, at('2024-07-01T12:00'));
      const tally = tallyActivities(commitment, set, variants, timeline);
      // A conditional promise's triggers (count 0) are kept apart from the work that counts.
      expect([...tally.qualifying, ...tally.triggers], id).toEqual(
        variants.filter((a) => qualifies(commitment, set, a)).sort((a, b) => b.count - a.count),
      );
    }
  });
});

describe('a conditional promise triggered by a count-0 entry', () => {
  // Noted Thursday 2 May; 6 weeks to respond: by Thursday 13 June (ISO week 24).
  const trigger = act('trygghetsvandring', '2024-05-02', { count: 0, place: 'centrum' });
  const condition = 'Om det uppkommer önskemål om trygghetsvandringar';

  it('is ej aktuell until triggered', () => {
    const ps = statusOf([], '2024-05-10T12:00', 'trygghetsvandring');
    expect(ps).toMatchObject({ status: 'ej aktuell', conditional: { triggered: false, triggers: [] } });
    expect(lineAt(set, '2024-05-10', ps)).toBe(`inte aktuellt än (${condition}) · ej aktuell`);
    expect(statusOf([], '2025-01-10T12:00', 'trygghetsvandring').outcome).toBe('ej aktuell');
  });

  it('takes the trigger without the partner the work needs, and asks for a response within six weeks', () => {
    const ps = statusOf([trigger], '2024-05-10T12:00', 'trygghetsvandring');
    expect(ps).toMatchObject({
      count: 0,
      missingPartner: 0,
      conditional: { trigger: condition, triggered: true, triggers: ['2024-05-02'] },
    });
    expect(ps.alerts).toContainEqual({
      code: 'response-due',
      severity: 'warning',
      message: `${condition} (tor 2 maj) väntar på svar: trygghetsvandring senast tor 13 juni`,
      by: '2024-06-13',
    });
    expect(lineAt(set, '2024-05-10', ps).startsWith('behov uppkom 2 maj · 0 av 1 · ')).toBe(true);
  });

  it('is answered only by work that itself counts, and slips once the six weeks have passed', () => {
    const withPartner = act('trygghetsvandring', '2024-05-20', { partners: ['kommunen'] });
    const withoutPartner = act('trygghetsvandring', '2024-05-20');
    const answered = statusOf([trigger, withPartner], '2024-05-21T12:00', 'trygghetsvandring');
    expect(answered.alerts.map((a) => a.code)).not.toContain('response-due');
    expect(answered).toMatchObject({ count: 1, status: 'uppfyllt' });
    const notAnswered = statusOf([trigger, withoutPartner], '2024-05-21T12:00', 'trygghetsvandring');
    expect(notAnswered.missingPartner).toBe(1);
    expect(notAnswered.alerts.map((a) => a.code)).toContain('response-due');
    const late = statusOf([trigger], '2024-06-20T12:00', 'trygghetsvandring');
    expect(late.status).toBe('släpar');
    expect(late.alerts).toContainEqual({
      code: 'response-due',
      severity: 'breach',
      message: `${condition}: tor 2 maj utan trygghetsvandring inom 6 veckor`,
    });
  });

  it('counts a trigger for its own promise only, never through alsoCounts', () => {
    const presence = commitmentOf(set, 'narvaro');
    expect(disqualification(presence, set, trigger)).toBe('no-count');
    const timeline = createTimeline(presence, set, at('2024-05-10T12:00'));
    expect(tallyActivities(presence, set, [trigger], timeline).qualifying).toEqual([]);
    // The walk itself counts for närvaro too (alsoCounts).
    const walk = act('trygghetsvandring', '2024-05-20', { partners: ['kommunen'] });
    expect(statusOf([trigger, walk], '2024-05-21T12:00', 'narvaro').count).toBe(1);
  });

  it('words the response due for the confirmation', () => {
    const walk = act('trygghetsvandring', '2024-05-20', { partners: ['kommunen'] });
    const promise = commitmentOf(set, 'trygghetsvandring');
    expect(describeResponseDue(promise, set, '2024-05-02', [trigger], '2024-05-08')).toBe(
      'svara senast vecka 24 (tor 13 juni)',
    );
    expect(describeResponseDue(promise, set, '2024-05-02', [trigger], '2024-06-20')).toBe(
      'svarstiden på 6 veckor gick ut vecka 24 (tor 13 juni)',
    );
    expect(describeResponseDue(promise, set, '2024-05-02', [trigger, walk], '2024-06-20')).toBe(
      'redan besvarat med trygghetsvandring inom 6 veckor',
    );
  });
});

describe('a trigger is never read as work done', () => {
  it('leaves a conditional deadline open until the work itself is logged', () => {
    // "Vid behov: en kartläggning senast 30 september" — the need arises on 2 May.
    const base = commitmentOf(set, 'trygghetsvandring');
    const mapping = { ...base, rule: { kind: 'deadline' as const, due: '2024-09-30' } };
    const withDeadline = { ...set, promises: set.promises.map((p) => (p.id === base.id ? mapping : p)) };
    const trigger = act('trygghetsvandring', '2024-05-02', { count: 0, place: 'centrum' });
    const noted = statusOfKind(
      'deadline',
      computeStatus(withDeadline, [trigger], at('2024-05-10T12:00')).promises.find((p) => p.id === base.id),
    );
    expect(noted.doneDate).toBeNull();
    expect(noted.status).not.toBe('uppfyllt');
    expect(noted.conditional).toMatchObject({ triggered: true, triggers: ['2024-05-02'] });
    const done = act('trygghetsvandring', '2024-05-20', { place: 'centrum', partners: ['kommunen'] });
    const after = statusOfKind(
      'deadline',
      computeStatus(withDeadline, [trigger, done], at('2024-05-21T12:00')).promises.find(
        (p) => p.id === base.id,
      ),
    );
    expect(after.doneDate).toBe('2024-05-20');
    expect(after.status).toBe('uppfyllt');
  });
});
