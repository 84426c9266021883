// The bot scopes Löftesbot asks for, exactly the ones its Web API calls and events need (the reasons are
// in docs/slack.md, "Scopes"). The OAuth install flow requests these; manifest/slack/manifest.yml
// declares the same (a unit test keeps the two equal).
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'users:read',
  'files:write',
  'im:write',
  'channels:read',
  'groups:read',
  'channels:history',
  'groups:history',
] as const;
