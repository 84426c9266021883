// The manifest a workspace admin pastes into Slack: valid against Slack's published schema
// (slackapi/manifest-schema v0.5.0, vendored) and in step with the commands the code answers.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slashCommands } from '../../../../src/adapters/slack/commands/slash-commands.ts';
import { BOT_SCOPES } from '../../../../src/adapters/slack/install/bot-scopes.ts';

const schema = JSON.parse(readFileSync('test/fixtures/slack/manifest.schema.1.0.0.json', 'utf8')) as object;
const manifest = parse(readFileSync('manifest/slack/manifest.yml', 'utf8')) as {
  features: {
    slash_commands: { command: string; description: string; usage_hint?: string }[];
    app_home: Record<string, boolean>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
    event_subscriptions: { bot_events: string[] };
  };
};

function validate(candidate: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const check = ajv.compile(schema);
  const valid = check(candidate);
  return { valid, errors: check.errors ?? [] };
}

describe('Slack manifest', () => {
  it("is valid against Slack's manifest schema", () => {
    const { valid, errors } = validate(manifest);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema catches what a hand edit might break', () => {
    const broken = structuredClone(manifest);
    broken.features.slash_commands[0]!.command = 'logga';
    delete (broken.features.slash_commands[1] as { description?: string }).description;
    const { valid, errors } = validate(broken);
    expect(valid).toBe(false);
    expect(errors.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/features/slash_commands/0/command', '/features/slash_commands/1']),
    );
  });

  it('declares exactly the commands the code handles', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...slashCommands].sort());
  });

  it('describes every command in Swedish, with usage hints where the command takes words', () => {
    for (const c of manifest.features.slash_commands) expect(c.description).toMatch(/[a-zåäö]/i);
    const hinted = manifest.features.slash_commands.filter((c) => c.usage_hint).map((c) => c.command);
    expect(hinted).toEqual(expect.arrayContaining(['/logga', '/planera', '/rapport', '/loften']));
    expect(manifest.features.slash_commands.find((c) => c.command === '/logga')?.description).toContain(
      'formulär',
    );
  });

  it('asks for the scopes the adapter uses and turns on interactivity, App Home and Socket Mode', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      // channels:history and groups:history: looking for a digest whose post got no answer.
      'channels:history',
      // channels:read and groups:read: the channel lifecycle events (archive, delete, the bot leaving).
      'channels:read',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'groups:read',
      'im:write',
      'users:read',
    ]);
    // The OAuth install flow (many workspaces) asks for the same scopes as the manifest.
    expect([...BOT_SCOPES].sort()).toEqual(manifest.oauth_config.scopes.bot.sort());
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    for (const event of ['app_uninstalled', 'tokens_revoked', 'channel_archive', 'member_left_channel'])
      expect(manifest.settings.event_subscriptions.bot_events).toContain(event);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
