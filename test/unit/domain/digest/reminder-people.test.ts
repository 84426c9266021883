// Reminders name who reports and to whom, and who owns a slipping promise: platform user ids as
// mentions, roles as the people holding them (or the role in Swedish), other words as written.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { composeDigest } from '../../../../src/domain/digest/compose-digest.ts';
import { classifyEntry, type Person } from '../../../../src/domain/digest/people.ts';
import { renderDigest } from '../../../../src/domain/digest/render-digest.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { loadExample } from '../../../integration/promise-kinds/example-harness.ts';
import { createPeriodTestSet } from '../report/period-test-set.ts';

const set = createPeriodTestSet();
// Monday 29 April 2019: tertial 1 ends tomorrow; nothing logged, so the year's 12 controls slip.
const now = parseNow('2019-04-29T08:00', set.timeZone);
const digest = composeDigest(set, computeStatus(set, [], now), now);

describe('who a reminder names', () => {
  it('reads entries as users, roles or words', () => {
    expect(classifyEntry('slack:T1:U2')).toEqual({ kind: 'user', userId: 'slack:T1:U2' });
    expect(classifyEntry('<@U2>')).toEqual({ kind: 'user', userId: 'slack:U2' });
    expect(classifyEntry('teams:aad-1')).toEqual({ kind: 'user', userId: 'teams:aad-1' });
    expect(classifyEntry('Arbetsgruppen')).toEqual({ kind: 'role', role: 'group' });
    expect(classifyEntry('roll: chef')).toEqual({ kind: 'role', role: 'chief' });
    expect(classifyEntry('group')).toEqual({ kind: 'role', role: 'group' });
    expect(classifyEntry('Polisen')).toEqual({ kind: 'text', text: 'Polisen' });
    expect(classifyEntry('Kommunpolis')).toEqual({ kind: 'text', text: 'Kommunpolis' });
  });

  it('without anyone holding the roles: the roles in Swedish, the owner named on the slip', () => {
    const text = renderDigest(digest, { platform: 'console' }).text;
    expect(text).toContain(
      'Uppföljning\nTertialuppföljning (tertial 1) senast tis 30 april: arbetsgruppen → chefen, Kommunledningen. Underlag: /rapport T1 2019',
    );
    expect(text).toContain('Ansvariga: Polisen, arbetsgruppen');
  });

  it('Slack: the role holders as mentions, kept as mentions in Block Kit', () => {
    const people = new Map<string, Person[]>([
      [
        'arbetsgruppen',
        [
          { userId: 'slack:T1:U2', name: 'anna' },
          { userId: 'slack:T1:U3', name: 'U3' },
        ],
      ],
    ]);
    const reply = renderDigest(digest, { platform: 'slack', people });
    expect(reply.text).toContain('senast tis 30 april: <@U2>, <@U3> → chefen, Kommunledningen');
    expect(reply.text).toContain('Ansvariga: Polisen, <@U2>, <@U3>');
    expect(reply.mentions?.map((m) => m.text)).toEqual(['<@U2>', '<@U3>']);
  });

  it('Teams: the role holders as <at> mentions with their names, recorded for the card', () => {
    const people = new Map<string, Person[]>([['chefen', [{ userId: 'teams:aad-7', name: 'Bo Ek' }]]]);
    const reply = renderDigest(digest, { platform: 'teams', people });
    expect(reply.text).toContain('senast tis 30 april: arbetsgruppen → <at>Bo Ek</at>, Kommunledningen');
    expect(reply.mentions).toEqual([{ text: '<at>Bo Ek</at>', userId: 'teams:aad-7', name: 'Bo Ek' }]);
  });

  it('the written-summary step after the period names its reporter and the whole report', () => {
    const january = parseNow('2020-01-20T08:00', set.timeZone);
    const reminder = composeDigest(set, computeStatus(set, [], january), january);
    expect(reminder.phase).toBe('summary-due');
    const text = renderDigest(reminder, { platform: 'console' }).text;
    expect(text).toContain('Skriftlig sammanställning senast fre 31 januari: chefen. Underlag: /rapport');
    expect(text).toContain('Ta fram den med /rapport 2019');
  });

  it('a multi-year set’s written summary asks for the whole report, its yearly follow-up for the year', () => {
    const pitea = loadExample('pitea-2023');
    const january = parseNow('2026-01-19T08:00', pitea.timeZone);
    const reminder = composeDigest(pitea, computeStatus(pitea, [], january), january);
    expect(reminder.reminder?.command).toBe('/rapport');
    const text = renderDigest(reminder, { platform: 'console' }).text;
    expect(text).toContain(
      'Årlig uppföljning av medborgarlöftet senast lör 31 januari 2026: Kommunpolis, Säkerhetssamordnare → Lokalpolisområdeschef Piteå älvdal, Kommunledning. Underlag: /rapport 2025',
    );
  });
});
