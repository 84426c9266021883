// Proactive posts go to the Bot Connector of the conversation they are for. Teams gives each
// conversation its serviceUrl (it differs by region and cloud: smba.trafficmanager.net/emea/…,
// …/amer/…, government clouds), and the binding keeps the one its first message came from. The SDK's
// `app.send` knows only one app-wide URL (SERVICE_URL), so it is used only when a binding has none.
// With credentials, the SDK checks an inbound serviceUrl against the signed token, so a stored URL is
// one the Bot Framework itself named, as for replies.
import { type ActivityParams, Client, toActivityParams } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { OutgoingMessage } from '../render/render-activity.ts';
import type { SendToConversation } from './create-poster.ts';

export function createProactiveSender(app: App): SendToConversation {
  const clients = new Map<string, Client>();
  const clientFor = (serviceUrl: string): Client => {
    const base = serviceUrl.replace(/\/+$/, '');
    let client = clients.get(base);
    if (!client) {
      // The app's own HTTP client: the same bot token and user agent as app.send.
      client = new Client(base, app.api.http);
      clients.set(base, client);
    }
    return client;
  };
  return async ({ conversationId, serviceUrl }, message: OutgoingMessage) => {
    if (!serviceUrl) return app.send(conversationId, message);
    if (!app.id) throw new Error('Teams app has no client id: proactive posts need one');
    // The wire payload app.send builds (its ActivitySender): the params plus sender and conversation,
    // which the input type leaves out.
    const payload: ActivityParams & { from: { id: string; role: 'bot' }; conversation: { id: string } } = {
      ...toActivityParams(message),
      from: { id: app.id, role: 'bot' },
      conversation: { id: conversationId },
    };
    return clientFor(serviceUrl).conversations.createActivity(conversationId, payload);
  };
}
