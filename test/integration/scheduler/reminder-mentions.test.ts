// Follow-up reminders posted by the scheduler name the people responsible: roles set with
// `/loften roll` become mentions of the users holding them in each channel (Slack `<@U…>`, Teams
// `<at>Namn</at>` with its mention entity), an unheld role is named in Swedish, and a slipping
// promise names its owner. Both the weekly digest and the reminder job after the period.
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/adapters/scheduler/create-scheduler.ts';
import { createSwedishHolidays } from '../../../src/adapters/scheduler/swedish-holidays.ts';
import { renderBlocks } from '../../../src/adapters/slack/render/render-blocks.ts';
import { renderCards } from '../../../src/adapters/teams/render/render-card.ts';
import type { AppDeps, CommandContext } from '../../../src/app/deps.ts';
import { handleCommand } from '../../../src/app/handle-command.ts';
import type { Platform } from '../../../src/domain/types.ts';
import { type Post, quietLog, recordingPoster } from '../../fixtures/digest/scheduler-harness.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';
import { validateAdaptiveCard } from '../../unit/adapters/teams/validate-adaptive-card.ts';
import { createPeriodTestSet } from '../../unit/domain/report/period-test-set.ts';

const SLACK = 'slack:T1:C1';
const TEAMS = 'teams:t1:19:abc';

/** The test set bound to one Slack and one Teams channel. */
async function bindBothPlatforms({ store, clock }: AppDeps): Promise<void> {
  const audit = { actor: 'test:admin', platform: 'console' as const, action: 'seed' };
  await store.savePromiseSet(createPeriodTestSet(), audit, clock.now());
  for (const [channelId, platform] of [
    [SLACK, 'slack'],
    [TEAMS, 'teams'],
  ] as const) {
    await store.bindChannel(
      { channelId, platform, setKey: 'testby-2019', postTarget: null },
      audit,
      clock.now(),
    );
  }
}

async function setUp() {
  const { deps, setNow } = await createCoreHarness('2019-01-02T09:00', {
    admins: ['slack:T1:UADMIN', 'teams:tenant-1:aad-admin'],
    seed: bindBothPlatforms,
  });
  const posts: Post[] = [];
  const poster = recordingPoster(deps.clock, posts);
  const scheduler = createScheduler(
    deps,
    quietLog,
    { slack: poster, teams: poster },
    {
      instanceId: 'test',
      holidayName: createSwedishHolidays(),
      sleep: async () => {},
    },
  );
  const as = (platform: Platform, channelId: string, user: string): CommandContext => ({
    channelId,
    platform,
    userId: `${platform}:${user}`,
    platformUserId: platform === 'slack' ? `slack:T1:${user}` : `teams:tenant-1:${user}`,
    resolveMention: (raw) =>
      platform === 'slack' ? `slack:T1:${raw.replace(/^<@|\|.*$|>$/g, '')}` : 'teams:aad-bo',
  });
  return {
    deps,
    posts,
    scheduler,
    at: setNow,
    run: (ctx: CommandContext, line: string) => handleCommand(deps, ctx, line),
    as,
  };
}

describe('reminders name the people responsible', () => {
  it('mentions the working group in Slack and the chief in Teams, by the roles they hold', async () => {
    const h = await setUp();
    const slackAdmin = h.as('slack', SLACK, 'UADMIN');
    const teamsAdmin = h.as('teams', TEAMS, 'aad-admin');
    expect((await h.run(slackAdmin, '/loften roll <@U2|anna> grupp')).ok).toBe(true);
    expect((await h.run(teamsAdmin, '/loften roll <at>Bo Ek</at> chef')).ok).toBe(true);

    // Monday 29 April 2019: tertial 1 ends on Tuesday.
    h.at('2019-04-29T08:05');
    await h.scheduler.tick();
    const slack = h.posts.find((p) => p.channelId === SLACK)!.reply;
    const teams = h.posts.find((p) => p.channelId === TEAMS)!.reply;

    // Slack: the group member pinged, no chief in that channel so the role is named.
    expect(slack.text).toContain(
      'Tertialuppföljning (tertial 1) senast tis 30 april: <@U2> → chefen, Kommunledningen. Underlag: /rapport T1 2019',
    );
    expect(slack.text).toContain('Ansvariga: Polisen, <@U2>');
    const blocks = JSON.stringify(renderBlocks({ ...slack, actions: [] }).blocks);
    expect(blocks).toContain('<@U2> → chefen');
    expect(blocks).not.toContain('&lt;@U2&gt;');

    // Teams: the chief mentioned by the name the role was given with; nobody holds the group role.
    expect(teams.text).toContain('senast tis 30 april: arbetsgruppen → <at>Bo Ek</at>, Kommunledningen');
    expect(teams.text).toContain('Ansvariga: Polisen, arbetsgruppen');
    const card = renderCards(teams)[0]!;
    expect(card.msteams).toEqual({
      entities: [{ type: 'mention', text: '<at>Bo Ek</at>', mentioned: { id: 'aad-bo', name: 'Bo Ek' } }],
    });
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('the reminder job after the period names who writes the summary', async () => {
    const h = await setUp();
    expect((await h.run(h.as('slack', SLACK, 'UADMIN'), '/loften roll <@U7> chef')).ok).toBe(true);
    // Monday 20 January 2020: the written summary is due 31 January, reminded from 17 January.
    h.at('2020-01-20T08:05');
    await h.scheduler.tick();
    const slack = h.posts.find((p) => p.channelId === SLACK)!.reply;
    expect(slack.title).toContain('Påminnelse v.4: skriftlig sammanställning');
    expect(slack.text).toContain(
      'Skriftlig sammanställning senast fre 31 januari: <@U7>. Underlag: /rapport',
    );
    const teams = h.posts.find((p) => p.channelId === TEAMS)!.reply;
    expect(teams.text).toContain('Skriftlig sammanställning senast fre 31 januari: chefen.');
  });
});
