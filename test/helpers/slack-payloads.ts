// Interaction payloads shaped as Slack sends them, from the user U1 (anna) in workspace T1, for the
// Slack end-to-end tests over HTTP (`interactionBody`) and Socket Mode (`interactiveEnvelope`).
export const SLACK_USER = { id: 'U1', name: 'anna', team_id: 'T1' };

/** What every interaction payload carries: its type, the workspace, the user, the app and a trigger. */
const interaction = (type: string, triggerId: string) => ({
  type,
  team: { id: 'T1', domain: 'overkalix' },
  user: SLACK_USER,
  api_app_id: 'A1',
  token: 'legacy-token',
  trigger_id: triggerId,
});

/** Where a button on an ephemeral message in channel `channelId` was pressed. */
export function onMessage(channelId: string, responseUrl: string) {
  return {
    container: { type: 'message', message_ts: '1.1', channel_id: channelId, is_ephemeral: true },
    channel: { id: channelId, name: 'medborgarlofte' },
    response_url: responseUrl,
  };
}

/** A press of a button; `where` is `onMessage(…)` or App Home's container and view. */
export function buttonPress(actionId: string, value: string, where: Record<string, unknown>) {
  return {
    ...interaction('block_actions', '2.3.4'),
    ...where,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1.2' }],
  };
}

/** The submission of a modal as opened (`view`), with its inputs' state by block id. */
export function viewSubmission(view: object, values: Record<string, unknown>) {
  const state = Object.fromEntries(Object.entries(values).map(([block, v]) => [block, { value: v }]));
  return {
    ...interaction('view_submission', '3.4.5'),
    view: { id: 'V1', type: 'modal', ...view, state: { values: state } },
  };
}
