import { describe, expect, it } from 'vitest';
import {
  createMentionResolver,
  parseSlackId,
  slackChannelId,
  slackUserId,
  workspaceKey,
} from '../../../../src/adapters/slack/ids/slack-ids.ts';

describe('Slack ids', () => {
  it('qualifies users and channels with the team', () => {
    expect(slackUserId('T1', 'U1')).toBe('slack:T1:U1');
    expect(slackChannelId('T1', 'C1')).toBe('slack:T1:C1');
    expect(parseSlackId('slack:T1:C1')).toEqual({ teamId: 'T1', id: 'C1' });
    expect(parseSlackId('teams:x:y:z')).toBeNull();
  });

  it('resolves mentions as Slack sends them to the mentioned user of the same team', () => {
    const resolve = createMentionResolver('T9');
    expect(resolve('<@U2|anna>')).toBe('slack:T9:U2');
    expect(resolve('<@W3>')).toBe('slack:T9:W3');
    expect(resolve('@berit')).toBe('slack:T9:berit');
  });

  it('qualifies ids by the organisation for an org-wide Enterprise Grid install, else by the workspace', () => {
    expect(workspaceKey({ teamId: 'T1' })).toBe('T1');
    expect(workspaceKey({ teamId: 'T3', enterpriseId: 'E1', isEnterpriseInstall: true })).toBe('E1');
    // A workspace install inside an organisation keeps its workspace, as before enterprise ids were read.
    expect(workspaceKey({ teamId: 'T3', enterpriseId: 'E1', isEnterpriseInstall: false })).toBe('T3');
    expect(parseSlackId(slackUserId('E1', 'W1'))).toEqual({ teamId: 'E1', id: 'W1' });
  });
});
