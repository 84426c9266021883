// A Bot Connector stand-in whose answers can be held back. A message counts as delivered only when
// the connector has answered it: a sender killed while waiting aborts the request, and the message
// is dropped (the platform commits a post when it answers, as Teams does).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorMessage {
  conversationId: string;
  text: string;
  /** Answered (the post exists); false while held or after the sender went away. */
  delivered: boolean;
  aborted: boolean;
}

export interface SlowBotConnector {
  url: string;
  messages: ConnectorMessage[];
  /** Milliseconds every answer is held back; Infinity holds it until the sender gives up. */
  delayMs: number;
  delivered(match?: (m: ConnectorMessage) => boolean): ConnectorMessage[];
  waitFor(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSlowBotConnector(): Promise<SlowBotConnector> {
  const messages: ConnectorMessage[] = [];
  const state = { delayMs: 0 };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => {
      raw += d;
    });
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const message: ConnectorMessage = {
        conversationId: m?.[1] ? decodeURIComponent(m[1]) : '',
        text: raw,
        delivered: false,
        aborted: false,
      };
      messages.push(message);
      const answer = () => {
        if (message.aborted) return;
        message.delivered = true;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `sent-${messages.length}` }));
      };
      res.on('close', () => {
        if (!message.delivered) message.aborted = true;
      });
      if (state.delayMs === 0) answer();
      else if (Number.isFinite(state.delayMs)) setTimeout(answer, state.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    delivered: (match = () => true) => messages.filter((m) => m.delivered && match(m)),
    async waitFor(predicate, what, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > until) {
          throw new Error(
            `fake Bot Connector: ${what} did not happen; messages: ${JSON.stringify(
              messages.map((m) => [m.conversationId, m.delivered, m.aborted, m.text.slice(0, 80)]),
            )}`,
          );
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
