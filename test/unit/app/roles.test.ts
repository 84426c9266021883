// Who may do what, per command and role, through the one entry every front end calls. A refused
// command says why in Swedish and writes nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPromiseSet } from '../../../src/app/import-promise-set.ts';
import type { Role } from '../../../src/app/ports.ts';
import { undoById } from '../../../src/app/undo-activity.ts';
import { CHANNEL, createHarness, ENV_ADMIN, type Harness, SET_KEY } from './app-harness.ts';

type Who = Role | 'env-admin';
const roles: Who[] = ['officer', 'group', 'chief', 'admin', 'env-admin'];
const rank: Record<Who, number> = { officer: 0, group: 1, chief: 2, admin: 3, 'env-admin': 3 };

interface Case {
  name: string;
  line: string;
  /** The least role that may run it. */
  needs: Role;
  /** Whether an allowed run writes (so a refusal must be seen to write nothing). */
  writes: boolean;
  /** The user logs an entry first (for undo). */
  logFirst?: boolean;
  /** Allowed, but the answer is an explanation rather than a result (no 2017 set is bound here). */
  explains?: boolean;
}

const cases: Case[] = [
  { name: 'log', line: '/logga medborgarkontakt Centrum', needs: 'officer', writes: true },
  { name: 'plan', line: '/planera medborgarkontakt Centrum 2018-03-24', needs: 'officer', writes: true },
  { name: 'undo', line: '/logga ångra', needs: 'officer', writes: true, logFirst: true },
  { name: 'status', line: '/status', needs: 'officer', writes: false },
  { name: 'promises', line: '/loften', needs: 'officer', writes: false },
  { name: 'help', line: '/logga hjälp', needs: 'officer', writes: false },
  { name: 'report, current year', line: '/rapport 2018', needs: 'group', writes: false },
  { name: 'report, no year', line: '/rapport', needs: 'group', writes: false },
  { name: 'report, another year', line: '/rapport 2017', needs: 'chief', writes: false, explains: true },
  { name: 'bind', line: '/loften koppla overkalix-2018', needs: 'admin', writes: true },
  { name: 'role', line: '/loften roll <@U9> chef', needs: 'admin', writes: true },
];

/** The user id of a given role in the bound channel; channel roles are set by the env admin. */
async function userWithRole(h: Harness, who: Who): Promise<string> {
  if (who === 'env-admin') return ENV_ADMIN;
  const user = `U${who.toUpperCase()}`;
  if (who !== 'officer') {
    await h.deps.store.setRole(
      CHANNEL,
      `slack:T1:${user}`,
      who,
      { actor: 'slack:T1:UADMIN', platform: 'slack', action: 'set-role' },
      h.deps.clock.now(),
    );
  }
  return user;
}

async function snapshot(h: Harness) {
  return {
    audit: (await h.deps.store.findAudit(10_000)).length,
    activities: (await h.deps.store.findActivities(SET_KEY)).length,
    revision: await h.deps.store.getLedgerRevision(SET_KEY),
    roleOfU9: await h.deps.store.getRole(CHANNEL, 'slack:T1:U9'),
  };
}

describe('roles per command', () => {
  const table = cases.flatMap((c) =>
    roles.map((who) => ({ ...c, who, allowed: rank[who] >= rank[c.needs] })),
  );

  it.each(table)(
    '$name as $who: allowed=$allowed',
    async ({ line, who, allowed, writes, logFirst, explains }) => {
      const h = await createHarness();
      const user = await userWithRole(h, who);
      if (logFirst) expect((await h.run(user, '/logga medborgarkontakt Skolan igår')).ok).toBe(true);
      const before = await snapshot(h);

      const reply = await h.run(user, line);

      const after = await snapshot(h);
      if (allowed) {
        expect(reply.error?.code).not.toBe('forbidden');
        expect(reply.ok, reply.text).toBe(!explains);
        if (explains) expect(reply.text).toContain('Någon rapport för 2017 finns inte här');
        expect(reply.text.length).toBeGreaterThan(0);
        if (writes) expect(after.audit).toBe(before.audit + 1);
        else expect(after).toEqual(before);
      } else {
        expect(reply.ok).toBe(false);
        expect(reply.error?.code).toBe('forbidden');
        // Says which role is needed, which the user has, and for a write that nothing was saved.
        expect(reply.text).toMatch(/kräver rollen (arbetsgrupp|chef|administratör)/);
        if (writes) expect(reply.text).toContain('Inget har sparats');
        else expect(reply.text).not.toContain('sparats');
        expect(after).toEqual(before);
      }
    },
  );
});

describe('role management and scope', () => {
  it('an env admin grants a role with /loften roll, and it takes effect at once', async () => {
    const h = await createHarness();
    expect((await h.run('U7', '/rapport 2017')).error?.code).toBe('forbidden');
    const granted = await h.run(ENV_ADMIN, '/loften roll <@U7> chef');
    expect(granted.ok).toBe(true);
    expect(granted.text).toContain('chef');
    expect(await h.deps.store.getRole(CHANNEL, 'slack:T1:U7')).toBe('chief');
    expect((await h.run('U7', '/rapport 2017')).error?.code).not.toBe('forbidden');
    // A chief still may not manage roles.
    expect((await h.run('U7', '/loften roll <@U8> admin')).error?.code).toBe('forbidden');
  });

  it('a channel admin manages roles in that channel only', async () => {
    const h = await createHarness();
    await h.run(ENV_ADMIN, '/loften roll <@U7> admin');
    const other = 'slack:T1:C2';
    await h.deps.store.bindChannel(
      { channelId: other, platform: 'slack', setKey: SET_KEY, postTarget: null },
      { actor: 'slack:T1:UADMIN', platform: 'slack', action: 'bind' },
      h.deps.clock.now(),
    );
    expect((await h.run('U7', '/loften roll <@U8> grupp')).ok).toBe(true);
    const refused = await h.run('U7', '/loften roll <@U8> grupp', other);
    expect(refused.error?.code).toBe('forbidden');
    expect(refused.text).toContain('du har rollen polis');
    expect(await h.deps.store.getRole(other, 'slack:T1:U8')).toBeNull();
  });

  it('LOFTESBOT_ADMINS are admins in every channel, also one not bound yet', async () => {
    const h = await createHarness({ bind: false });
    const fresh = 'slack:T1:C9';
    const refused = await h.run('U5', '/loften koppla overkalix-2018', fresh);
    expect(refused.error?.code).toBe('forbidden');
    expect(await h.deps.store.getChannel(fresh)).toBeNull();
    const bound = await h.run(ENV_ADMIN, '/loften koppla overkalix-2018', fresh);
    expect(bound.ok).toBe(true);
    expect((await h.deps.store.getChannel(fresh))?.setKey).toBe(SET_KEY);
    // A member of the newly bound channel is an officer by default: may log, may not report.
    expect((await h.run('U5', '/logga medborgarkontakt Centrum', fresh)).ok).toBe(true);
    expect((await h.run('U5', '/rapport', fresh)).error?.code).toBe('forbidden');
  });

  it('an env admin demoted in a channel is still an admin there', async () => {
    const h = await createHarness();
    await h.deps.store.setRole(
      CHANNEL,
      `slack:T1:${ENV_ADMIN}`,
      'officer',
      { actor: 'x', platform: 'slack', action: 'set-role' },
      h.deps.clock.now(),
    );
    expect((await h.run(ENV_ADMIN, '/rapport 2017')).error?.code).not.toBe('forbidden');
  });

  it('an unknown role name is refused with the names to use, and nothing is written', async () => {
    const h = await createHarness();
    const before = await snapshot(h);
    const reply = await h.run(ENV_ADMIN, '/loften roll <@U7> kung');
    expect(reply.ok).toBe(false);
    expect(reply.text).toMatch(/polis\|grupp\|chef\|admin/);
    expect(await snapshot(h)).toEqual(before);
  });
});

describe('officers undo only their own entries', () => {
  it('/logga ångra never touches a colleague’s entry', async () => {
    const h = await createHarness();
    await h.run('UA', '/logga medborgarkontakt Centrum');
    const before = await snapshot(h);
    const reply = await h.run('UB', '/logga ångra');
    expect(reply.ok).toBe(false);
    expect(reply.text).toContain('inget av dig att ångra');
    expect(await snapshot(h)).toEqual(before);
  });

  it('the Ångra button on a colleague’s entry is refused, whatever the role, and writes nothing', async () => {
    const h = await createHarness();
    const logged = await h.run('UA', '/logga medborgarkontakt Centrum');
    const activityId = logged.actions?.find((a) => a.kind === 'undo')?.activityId;
    expect(activityId).toBeTruthy();
    const binding = (await h.deps.store.getChannel(CHANNEL))!;
    const set = (await h.deps.store.getPromiseSet(SET_KEY))!;
    for (const user of ['UB', 'UCHIEF']) {
      if (user === 'UCHIEF') await userWithRole(h, 'chief');
      const before = await snapshot(h);
      const reply = await undoById(h.deps, h.ctx(user), { binding, set }, activityId!);
      expect(reply.ok).toBe(false);
      expect(reply.text).toContain('inte din att ångra');
      expect(await snapshot(h)).toEqual(before);
    }
    const own = await undoById(h.deps, h.ctx('UA'), { binding, set }, activityId!);
    expect(own.ok).toBe(true);
    expect(own.text).toMatch(/^Ångrat: medborgarkontakt · Centrum/);
  });
});

describe('rate limit', () => {
  it('refuses the 31st command in a minute kindly, writes nothing, and lets the user in again after it', async () => {
    const h = await createHarness({ rateLimit: 30 });
    for (let i = 0; i < 30; i++)
      expect((await h.run('U5', `/logga medborgarkontakt Centrum "pass ${i}"`)).ok).toBe(true);
    const before = await snapshot(h);
    const refused = await h.run('U5', '/logga medborgarkontakt Centrum "pass 30"');
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('rate-limited');
    expect(refused.text).toMatch(/^Inte sparat: .*sparades inte\. Skicka den igen om en minut\.$/);
    expect(await snapshot(h)).toEqual(before);
    // Another user is not affected.
    expect((await h.run('U6', '/status')).ok).toBe(true);
    h.elapse(61_000);
    expect((await h.run('U5', '/logga medborgarkontakt Centrum "pass 30"')).ok).toBe(true);
  });
});

describe('judging a promise without figures (/loften bedöm)', () => {
  it('needs the working-group role; an officer is refused and nothing is written', async () => {
    const h = await createHarness();
    const habo = readFileSync(
      fileURLToPath(new URL('../../../promises/examples/habo-2018.yml', import.meta.url)),
      'utf8',
    );
    const admin = { actor: 'slack:T1:UADMIN', platform: 'slack' as const, action: 'import' };
    expect((await importPromiseSet(h.deps, habo, admin)).ok).toBe(true);
    const channel = 'slack:T1:CHABO';
    await h.deps.store.bindChannel(
      { channelId: channel, platform: 'slack', setKey: 'habo-2018', postTarget: null },
      { ...admin, action: 'bind' },
      h.deps.clock.now(),
    );
    const line = '/loften bedöm uniformerade-trafikkontroller i fas';
    const before = await h.deps.store.exportAll();
    const refused = await h.run('U5', line, channel);
    expect(refused.ok).toBe(false);
    expect(refused.text).toContain('kräver rollen arbetsgrupp');
    expect(refused.text).toContain('Inget har sparats');
    expect(await h.deps.store.exportAll()).toEqual(before);

    await h.deps.store.setRole(
      channel,
      'slack:T1:UGROUP',
      'group',
      { ...admin, action: 'set-role' },
      h.deps.clock.now(),
    );
    const judged = await h.run('UGROUP', line, channel);
    expect(judged.ok, judged.text).toBe(true);
    expect((await h.deps.store.findAudit(1))[0]).toMatchObject({
      actor: 'slack:T1:UGROUP',
      platform: 'slack',
      action: 'judge',
    });
  });
});
