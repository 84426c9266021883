import { describe, expect, it } from 'vitest';
import {
  createMentionResolver,
  parseSlackId,
  slackChannelId,
  slackUserId,
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
});
