// One contract, three implementations: memory, SQLite (temp file) and PostgreSQL (fresh database).
import { afterAll, describe, expect, it } from 'vitest';
import { redactFreeText } from '../../../src/adapters/storage/audit-chain.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import type { AuditInput, Store } from '../../../src/app/ports.ts';
import { createContactSet } from '../../helpers/contact-set.ts';
import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from '../../helpers/databases.ts';
import { newActivity } from '../../helpers/new-activity.ts';
import { createStoreOpener, findStoreBackends, type StoreBackend } from '../../helpers/store-backends.ts';

const backends = await findStoreBackends('store contract');
const withPostgres = backends.some((b) => b.name === 'postgresql');
const openStores = createStoreOpener();
const openFresh = async (backend: StoreBackend): Promise<Store> => (await openStores(backend)).store;

const anna: AuditInput = { actor: 'slack:T1:U1', platform: 'slack', action: 'logga' };
const bo: AuditInput = { actor: 'slack:T1:U2', platform: 'slack', action: 'logga' };
const t0 = new Date('2018-03-20T09:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

const activity = newActivity;

const def = createContactSet();

describe.each(backends)('Store contract: $name', (backend) => {
  it('versions promise sets and keeps the newest in force, with an audit entry per import', async () => {
    const store = await openFresh(backend);
    expect(await store.getPromiseSet('overkalix-2018')).toBeNull();
    const first = await store.savePromiseSet(def, anna, t0);
    const second = await store.savePromiseSet({ ...def, title: 'Ny titel' }, anna, later(1000));
    expect([first.version, second.version]).toEqual([1, 2]);
    expect((await store.getPromiseSet('overkalix-2018'))?.def.title).toBe('Ny titel');
    expect((await store.findPromiseSets()).map((s) => [s.key, s.version])).toEqual([['overkalix-2018', 2]]);
    const audit = await store.findAudit(10);
    expect(audit.map((a) => a.entity)).toEqual(['promise-set', 'promise-set']);
    expect(audit[0]).toMatchObject({ actor: 'slack:T1:U1', before: { version: 1 }, after: { version: 2 } });
  });

  it('binds channels of two platforms to one set and keeps roles per channel', async () => {
    const store = await openFresh(backend);
    await store.bindChannel(
      { channelId: 'slack:T1:C1', platform: 'slack', setKey: 'overkalix-2018', postTarget: null },
      anna,
      t0,
    );
    const teams = { serviceUrl: 'https://smba.example/', conversationId: '19:abc', tenantId: 't' };
    await store.bindChannel(
      { channelId: 'teams:t:19:abc', platform: 'teams', setKey: 'overkalix-2018', postTarget: teams },
      anna,
      t0,
    );
    expect((await store.getChannel('teams:t:19:abc'))?.postTarget).toEqual(teams);
    expect((await store.findChannels()).map((c) => c.channelId)).toEqual(['slack:T1:C1', 'teams:t:19:abc']);
    expect(await store.getRole('slack:T1:C1', 'slack:T1:U1')).toBeNull();
    await store.setRole('slack:T1:C1', 'slack:T1:U1', 'admin', anna, t0);
    await store.setRole('slack:T1:C1', 'slack:T1:U1', 'chief', anna, later(1));
    expect(await store.getRole('slack:T1:C1', 'slack:T1:U1')).toBe('chief');
    expect(await store.getRole('teams:t:19:abc', 'slack:T1:U1')).toBeNull();
    expect((await store.findAudit(1))[0]).toMatchObject({ entity: 'role', before: 'admin', after: 'chief' });
  });

  it('finds who holds a role in a channel, with the name the mention carried', async () => {
    const store = await openFresh(backend);
    await store.setRole('slack:T1:C1', 'slack:T1:U2', 'chief', anna, t0, 'Anna Svensson');
    await store.setRole('slack:T1:C1', 'slack:T1:U1', 'chief', anna, t0);
    await store.setRole('slack:T1:C1', 'slack:T1:U3', 'group', anna, t0, 'Bo');
    await store.setRole('slack:T1:C9', 'slack:T1:U4', 'chief', anna, t0, 'Cilla');
    expect(await store.findRoleHolders('slack:T1:C1', 'chief')).toEqual([
      { userId: 'slack:T1:U1', name: null },
      { userId: 'slack:T1:U2', name: 'Anna Svensson' },
    ]);
    // A new role without a name keeps the one given before.
    await store.setRole('slack:T1:C1', 'slack:T1:U2', 'group', anna, later(1));
    expect(await store.findRoleHolders('slack:T1:C1', 'group')).toEqual([
      { userId: 'slack:T1:U2', name: 'Anna Svensson' },
      { userId: 'slack:T1:U3', name: 'Bo' },
    ]);
    expect(await store.findRoleHolders('slack:T1:C1', 'admin')).toEqual([]);
  });

  it('stores every activity field as given and counts revisions per set', async () => {
    const store = await openFresh(backend);
    const created = await store.createActivity(activity(), anna, t0);
    expect(created).toMatchObject({ revision: 1, duplicate: false });
    expect(created.activity).toEqual({ ...activity(), id: created.activity.id, loggedAt: t0.toISOString() });
    await store.createActivity(activity({ setKey: 'habo-2018' }), anna, t0);
    expect(await store.getLedgerRevision('overkalix-2018')).toBe(1);
    expect(await store.getLedgerRevision('habo-2018')).toBe(1);
    expect(await store.getLedgerRevision('ingen')).toBe(0);
    expect(await store.findActivities('overkalix-2018')).toEqual([created.activity]);
  });

  it('returns only what changed since a revision, including undone entries', async () => {
    const store = await openFresh(backend);
    const a = await store.createActivity(activity({ date: '2018-03-19' }), anna, t0);
    const b = await store.createActivity(activity({ date: '2018-03-20' }), anna, later(1));
    const c = await store.createActivity(activity({ date: '2018-03-21' }), anna, later(2));
    expect(c.revision).toBe(3);
    const sinceOne = await store.getLedgerDelta('overkalix-2018', 1);
    expect(sinceOne.revision).toBe(3);
    expect(sinceOne.added.map((x) => x.date)).toEqual(['2018-03-19', '2018-03-20', '2018-03-21'].slice(1));
    expect(sinceOne.removed).toEqual([]);
    const undone = await store.undoActivity(a.activity.id, 'slack:T1:U1', anna, later(3));
    expect(undone?.revision).toBe(4);
    const sinceThree = await store.getLedgerDelta('overkalix-2018', 3);
    expect(sinceThree).toEqual({ revision: 4, added: [], removed: [a.activity.id] });
    const all = await store.getLedgerDelta('overkalix-2018', 0);
    expect(all.added.map((x) => x.id)).toEqual([b.activity.id, c.activity.id]);
    // Every field, target groups and methods included, comes back in the delta as it was stored.
    expect(all.added).toEqual([b.activity, c.activity]);
    expect(all.added[0]).toMatchObject({ targetGroups: ['unga'], methods: ['civil'] });
    expect(await store.findActivities('overkalix-2018')).toEqual([b.activity, c.activity]);
  });

  it('returns the earlier entry for a repeated line inside the de-duplication window only', async () => {
    const store = await openFresh(backend);
    const options = { dedupeKey: 'slack:T1:U1|medborgarkontakt centrum', dedupeWindowMs: 60_000 };
    const first = await store.createActivity(activity(), anna, t0, options);
    const again = await store.createActivity(activity(), anna, later(59_000), options);
    expect(again).toEqual({ activity: first.activity, revision: 1, duplicate: true });
    expect(await store.getLedgerRevision('overkalix-2018')).toBe(1);
    const other = await store.createActivity(activity(), anna, later(59_000), {
      ...options,
      dedupeKey: 'annan',
    });
    expect(other.duplicate).toBe(false);
    // A key is one user's line: another user's entry under it is no duplicate.
    const colleague = await store.createActivity(
      activity({ userId: 'slack:T1:U2' }),
      anna,
      later(59_000),
      options,
    );
    expect(colleague.duplicate).toBe(false);
    const afterWindow = await store.createActivity(activity(), anna, later(61_000), options);
    expect(afterWindow.duplicate).toBe(false);
    await store.undoActivity(afterWindow.activity.id, 'slack:T1:U1', anna, later(62_000));
    const afterUndo = await store.createActivity(activity(), anna, later(63_000), options);
    expect(afterUndo.duplicate).toBe(false);
    expect(await store.findActivities('overkalix-2018')).toHaveLength(4);
  });

  it('writes one entry when the same line arrives several times at once', async () => {
    const store = await openFresh(backend);
    const options = { dedupeKey: 'slack:T1:U1|dubbel', dedupeWindowMs: 60_000 };
    const results = await Promise.all(
      Array.from({ length: 6 }, () => store.createActivity(activity(), anna, t0, options)),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.activity.id)).size).toBe(1);
    expect(await store.findActivities('overkalix-2018')).toHaveLength(1);
  });

  it('lands every one of many activities created at once, each with its own revision', async () => {
    const store = await openFresh(backend);
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.createActivity(activity({ count: i + 1 }), anna, t0)),
    );
    expect(results.map((r) => r.revision).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(await store.findActivities('overkalix-2018')).toHaveLength(25);
    expect(await store.getLedgerRevision('overkalix-2018')).toBe(25);
  });

  it('undoes the user’s latest entry once, keeps it in the audit trail, and ignores others’ entries', async () => {
    const store = await openFresh(backend);
    const mine = await store.createActivity(activity(), anna, t0);
    const theirs = await store.createActivity(activity({ userId: 'slack:T1:U2' }), bo, later(1));
    expect(await store.undoActivity(theirs.activity.id, 'slack:T1:U1', anna, later(2))).toBeNull();
    const undone = await store.undoLatestActivity('overkalix-2018', 'slack:T1:U1', anna, later(3));
    expect(undone?.activity).toEqual(mine.activity);
    expect(await store.undoLatestActivity('overkalix-2018', 'slack:T1:U1', anna, later(4))).toBeNull();
    expect(await store.findActivities('overkalix-2018')).toEqual([theirs.activity]);
    const audit = await store.findAudit(1);
    expect(audit[0]).toMatchObject({
      entity: 'activity',
      entityId: mine.activity.id,
      // Free text (note, place, participants) is kept as a hash only.
      before: redactFreeText(mine.activity),
      after: null,
    });
  });

  it('undoes one entry when two undos arrive at once', async () => {
    const store = await openFresh(backend);
    const a = await store.createActivity(activity(), anna, t0);
    const byId = await Promise.all([
      store.undoActivity(a.activity.id, 'slack:T1:U1', anna, later(1)),
      store.undoActivity(a.activity.id, 'slack:T1:U1', anna, later(1)),
    ]);
    expect(byId.filter((r) => r !== null)).toHaveLength(1);
    await store.createActivity(activity({ date: '2018-03-21' }), anna, later(2));
    const latest = await Promise.all([
      store.undoLatestActivity('overkalix-2018', 'slack:T1:U1', anna, later(3)),
      store.undoLatestActivity('overkalix-2018', 'slack:T1:U1', anna, later(3)),
    ]);
    expect(latest.filter((r) => r !== null)).toHaveLength(1);
    expect(await store.findActivities('overkalix-2018')).toEqual([]);
    expect(await store.getLedgerRevision('overkalix-2018')).toBe(4);
  });

  it('lists a user’s entries newest first', async () => {
    const store = await openFresh(backend);
    await store.createActivity(activity({ date: '2018-03-01' }), anna, t0);
    await store.createActivity(activity({ date: '2018-03-02' }), anna, later(1));
    await store.createActivity(activity({ date: '2018-03-03' }), anna, later(1));
    await store.createActivity(activity({ userId: 'slack:T1:U2' }), bo, later(5));
    const mine = await store.findUserActivities('slack:T1:U1', 2);
    expect(mine.map((a) => a.date)).toEqual(['2018-03-03', '2018-03-02']);
  });

  it('claims a scheduled run once, and lets another replica take over an unsent stale claim', async () => {
    const store = await openFresh(backend);
    const key = 'digest:slack:T1:C1:2018-W12';
    const claims = await Promise.all([
      store.claimRun(key, 'a', t0, 60_000),
      store.claimRun(key, 'b', t0, 60_000),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.claimRun(key, 'c', later(59_000), 60_000)).toBe(false);
    expect(await store.claimRun(key, 'c', later(60_000), 60_000)).toBe(true);
    expect(await store.getRun(key)).toEqual({
      key,
      claimedBy: 'c',
      claimedAt: later(60_000).toISOString(),
      sentAt: null,
      attempts: 2,
      nextAttemptAt: null,
      failedAt: null,
      failure: null,
      messageId: null,
      postingAt: null,
    });
    await store.markRunSent(key, later(61_000));
    expect(await store.claimRun(key, 'd', later(600_000), 60_000)).toBe(false);
    expect((await store.getRun(key))?.sentAt).toBe(later(61_000).toISOString());
    expect(await store.getRun('digest:none')).toBeNull();
  });

  it('defers a run to a later round, and never claims a failed one again', async () => {
    const store = await openFresh(backend);
    const key = 'digest:slack:T1:C1:2018-W12';
    expect(await store.claimRun(key, 'a', t0, 60_000)).toBe(true);
    await store.deferRun(key, later(30 * 60_000));
    // A deferred round waits for its time, not for the stale-claim takeover.
    expect(await store.claimRun(key, 'b', later(10 * 60_000), 60_000)).toBe(false);
    expect(await store.claimRun(key, 'b', later(30 * 60_000), 60_000)).toBe(true);
    expect(await store.getRun(key)).toMatchObject({ claimedBy: 'b', attempts: 2, nextAttemptAt: null });
    await store.failRun(key, 'terminal:not-in-channel', later(31 * 60_000));
    expect(await store.claimRun(key, 'c', later(24 * 3_600_000), 60_000)).toBe(false);
    expect(await store.getRun(key)).toMatchObject({
      sentAt: null,
      failedAt: later(31 * 60_000).toISOString(),
      failure: 'terminal:not-in-channel',
    });
  });

  it('keeps the first moment a post may have gone out, until it is sent with its message id', async () => {
    const store = await openFresh(backend);
    const key = 'digest:slack:T1:C1:2018-W12';
    expect(await store.claimRun(key, 'a', t0, 60_000)).toBe(true);
    await store.setRunPosting(key, later(1000));
    await store.setRunPosting(key, later(2000));
    expect((await store.getRun(key))?.postingAt).toBe(later(1000).toISOString());
    // Taken over by another replica, the mark stays: the next holder looks before sending.
    expect(await store.claimRun(key, 'b', later(120_000), 60_000)).toBe(true);
    expect((await store.getRun(key))?.postingAt).toBe(later(1000).toISOString());
    await store.setRunPosting(key, null);
    expect((await store.getRun(key))?.postingAt).toBeNull();
    await store.setRunPosting(key, later(130_000));
    await store.markRunSent(key, later(131_000), '1521446400.000100');
    expect(await store.getRun(key)).toMatchObject({
      sentAt: later(131_000).toISOString(),
      messageId: '1521446400.000100',
      postingAt: null,
    });
  });

  it('stores a channel’s digest schedule, audited, and keeps it when the channel is bound anew', async () => {
    const store = await openFresh(backend);
    const binding = {
      channelId: 'slack:T1:C1',
      platform: 'slack' as const,
      setKey: 'overkalix-2018',
      postTarget: null,
    };
    expect((await store.bindChannel(binding, anna, t0)).schedule ?? null).toBeNull();
    const wednesday = { weekday: 3, time: '09:30', off: false };
    expect((await store.setDigestSchedule('slack:T1:C1', wednesday, anna, later(1000)))?.schedule).toEqual(
      wednesday,
    );
    expect((await store.bindChannel(binding, anna, later(2000))).schedule).toEqual(wednesday);
    const off = { ...wednesday, off: true };
    await store.setDigestSchedule('slack:T1:C1', off, anna, later(3000));
    expect((await store.findChannels())[0]?.schedule).toEqual(off);
    await store.setDigestSchedule('slack:T1:C1', null, anna, later(4000));
    expect((await store.getChannel('slack:T1:C1'))?.schedule ?? null).toBeNull();
    expect(await store.setDigestSchedule('slack:T1:C9', wednesday, anna, t0)).toBeNull();
    const audit = (await store.findAudit(20)).filter((a) => a.entity === 'channel-schedule');
    expect(audit.map((a) => a.after)).toEqual(expect.arrayContaining([wednesday, off, null]));
    expect(audit).toHaveLength(3);
  });

  it('marks a binding unable to post and healthy again, audited once per change', async () => {
    const store = await openFresh(backend);
    const bound = await store.bindChannel(
      { channelId: 'slack:T1:C1', platform: 'slack', setKey: 'overkalix-2018', postTarget: null },
      anna,
      t0,
    );
    expect(bound).toMatchObject({ boundBy: 'slack:T1:U1', health: null });
    const system: AuditInput = { actor: 'system:scheduler', platform: 'slack', action: 'post-failed' };
    const unable = { state: 'unable' as const, reason: 'not-in-channel' as const, code: 'not_in_channel' };
    const first = await store.setBindingHealth('slack:T1:C1', unable, system, later(1000));
    expect(first).toMatchObject({
      changed: true,
      binding: { health: { ...unable, since: later(1000).toISOString() } },
    });
    expect((await store.setBindingHealth('slack:T1:C1', unable, system, later(2000)))?.changed).toBe(false);
    expect((await store.getChannel('slack:T1:C1'))?.health?.since).toBe(later(1000).toISOString());
    expect((await store.setBindingHealth('slack:T1:C1', null, system, later(3000)))?.changed).toBe(true);
    expect((await store.getChannel('slack:T1:C1'))?.health).toBeNull();
    expect(await store.setBindingHealth('slack:T1:C9', unable, system, t0)).toBeNull();
    const audit = (await store.findAudit(10)).filter((a) => a.entity === 'channel-health');
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.after)).toContainEqual(null);
  });

  it('keeps one personal chat per user, replaced when it moves, and forgets it on request', async () => {
    const store = await openFresh(backend);
    expect(await store.getPersonalChat('teams:aad-1')).toBeNull();
    const target = { serviceUrl: 'https://smba.example/emea/', conversationId: 'a:1', tenantId: 't' };
    await store.savePersonalChat({ userId: 'teams:aad-1', platform: 'teams', target }, t0);
    // Seen again unchanged: nothing written (the time stays).
    await store.savePersonalChat({ userId: 'teams:aad-1', platform: 'teams', target }, later(1000));
    expect(await store.getPersonalChat('teams:aad-1')).toEqual({
      userId: 'teams:aad-1',
      platform: 'teams',
      target,
      updatedAt: t0.toISOString(),
    });
    const moved = { ...target, conversationId: 'a:2' };
    await store.savePersonalChat({ userId: 'teams:aad-1', platform: 'teams', target: moved }, later(2000));
    expect((await store.getPersonalChat('teams:aad-1'))?.target).toEqual(moved);
    await store.deletePersonalChat('teams:aad-1');
    expect(await store.getPersonalChat('teams:aad-1')).toBeNull();
  });

  it('stores Slack installations by workspace or organisation, audited without the token', async () => {
    const store = await openFresh(backend);
    const installer: AuditInput = { actor: 'slack:T1:U1', platform: 'slack', action: 'install' };
    const workspace = {
      id: 'T1',
      teamId: 'T1',
      enterpriseId: null,
      isEnterpriseInstall: false,
      installation: JSON.stringify({ team: { id: 'T1' }, bot: { token: 'xoxb-secret-1' } }),
    };
    const org = {
      id: 'E1',
      teamId: null,
      enterpriseId: 'E1',
      isEnterpriseInstall: true,
      installation: JSON.stringify({ enterprise: { id: 'E1' }, bot: { token: 'xoxb-secret-2' } }),
    };
    await store.saveSlackInstallation(workspace, installer, t0);
    await store.saveSlackInstallation(org, { ...installer, actor: 'slack:E1:W1' }, later(1));
    expect(await store.getSlackInstallation('T1')).toEqual({ ...workspace, installedAt: t0.toISOString() });
    expect((await store.findSlackInstallations()).map((i) => i.id)).toEqual(['E1', 'T1']);
    // Installed again (new token): replaced.
    const renewed = { ...workspace, installation: JSON.stringify({ bot: { token: 'xoxb-secret-3' } }) };
    await store.saveSlackInstallation(renewed, installer, later(2));
    expect((await store.getSlackInstallation('T1'))?.installation).toContain('xoxb-secret-3');
    expect(
      await store.deleteSlackInstallation('T1', { ...installer, action: 'app_uninstalled' }, later(3)),
    ).toBe(true);
    expect(await store.deleteSlackInstallation('T1', installer, later(4))).toBe(false);
    expect(await store.getSlackInstallation('T1')).toBeNull();
    expect((await store.findSlackInstallations()).map((i) => i.id)).toEqual(['E1']);
    const audit = (await store.findAudit(20)).filter((a) => a.entity === 'slack-installation');
    expect(audit).toHaveLength(4);
    expect(JSON.stringify(audit)).not.toContain('xoxb');
    // Not in the export: tokens stay in the database they were given to.
    expect(JSON.stringify(await store.exportAll())).not.toContain('xoxb');
  });

  it('exports everything and imports it into an empty store only', async () => {
    const source = await openFresh(backend);
    await fill(source);
    const exported = await source.exportAll();
    expect(exported.activities.some((a) => a.undoneAt !== null)).toBe(true);
    const target = await openFresh(backend);
    const imported = await target.importAll(exported);
    expect(imported.ok).toBe(true);
    expect(await target.exportAll()).toEqual(exported);
    const again = await target.importAll(exported);
    expect(again).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The imported ledger carries on from the imported revision.
    const next = await target.createActivity(activity(), anna, later(10_000));
    expect(next.revision).toBe((await source.getLedgerRevision('overkalix-2018')) + 1);
    expect(await source.isReady()).toBe(true);
  });

  it('imports an export made before activities recorded target groups and methods', async () => {
    const source = await openFresh(backend);
    await fill(source);
    const exported = await source.exportAll();
    const older = {
      ...exported,
      activities: exported.activities.map(({ targetGroups: _t, methods: _m, ...rest }) => rest),
    } as unknown as typeof exported;
    const target = await openFresh(backend);
    expect(await target.importAll(older)).toMatchObject({ ok: true });
    const activities = (await target.exportAll()).activities;
    expect(activities.length).toBe(exported.activities.length);
    expect(activities.every((a) => a.targetGroups.length === 0 && a.methods.length === 0)).toBe(true);
  });
});

/** A database with one of everything, undone entries and a sent run included. */
async function fill(store: Store): Promise<void> {
  await store.savePromiseSet(def, anna, t0);
  await store.savePromiseSet({ ...def, title: 'Version 2' }, anna, later(1));
  await store.bindChannel(
    {
      channelId: 'teams:t:19:abc',
      platform: 'teams',
      setKey: 'overkalix-2018',
      postTarget: { serviceUrl: 'https://x/' },
    },
    anna,
    t0,
  );
  await store.setRole('teams:t:19:abc', 'teams:aad-1', 'admin', anna, t0);
  await store.setRole('teams:t:19:abc', 'teams:aad-2', 'chief', anna, t0, 'Anna Svensson');
  const a = await store.createActivity(activity(), anna, later(2), { dedupeKey: 'k1', dedupeWindowMs: 1000 });
  await store.createActivity(
    activity({ planned: true, date: '2018-04-01', note: null, time: null }),
    anna,
    later(3),
  );
  await store.undoActivity(a.activity.id, 'slack:T1:U1', anna, later(4));
  await store.claimRun('digest:teams:t:19:abc:2018-W12', 'replica-1', t0, 60_000);
  await store.markRunSent('digest:teams:t:19:abc:2018-W12', later(5), 'activity-1');
  await store.claimRun('digest:teams:t:19:abc:2018-W13', 'replica-1', later(6), 60_000);
  await store.setRunPosting('digest:teams:t:19:abc:2018-W13', later(7));
  await store.setDigestSchedule('teams:t:19:abc', { weekday: 4, time: '07:15', off: false }, anna, later(8));
  await store.savePersonalChat(
    { userId: 'teams:aad-1', platform: 'teams', target: { serviceUrl: 'https://x/', conversationId: 'a:1' } },
    later(7),
  );
}

// Registered only with PostgreSQL (the notice says so), so no test shows up as skipped.
if (withPostgres) {
  describe('Store export: SQLite to PostgreSQL', () => {
    const dbs: TestDatabase[] = [];
    afterAll(async () => {
      for (const db of dbs) await db.drop();
    });

    it('moves a SQLite database into PostgreSQL with identical data', async () => {
      const sqliteDb = await createSqliteDatabase();
      const pgDb = await createPostgresDatabase();
      dbs.push(sqliteDb, pgDb);
      const sqlite = await openStore(sqliteDb.url);
      const postgres = await openStore(pgDb.url);
      try {
        await fill(sqlite);
        const exported = await sqlite.exportAll();
        expect(await postgres.importAll(exported)).toMatchObject({ ok: true });
        expect(await postgres.exportAll()).toEqual(exported);
        expect(await postgres.findActivities('overkalix-2018')).toEqual(
          await sqlite.findActivities('overkalix-2018'),
        );
      } finally {
        await sqlite.close();
        await postgres.close();
      }
    });
  });
}
