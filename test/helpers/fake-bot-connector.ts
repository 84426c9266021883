// A local stand-in for the Bot Connector service: records every activity the bot sends to
// `POST /v3/conversations/{id}/activities` and answers with an id, as the real service does; an
// activity over 28 KB gets the service's 413 MessageSizeTooBig (recorded all the same). It also creates
// personal chats (`POST /v3/conversations`) and takes file uploads at `PUT /upload/…` (the upload
// session a file consent hands out), recording both.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  url: string;
  conversationId: string | null;
  authorization: string | undefined;
  body: Record<string, unknown>;
  /** The HTTP status the fake answered (413 for an activity over CONNECTOR_MAX_BYTES). */
  status: number;
}

/** What the real service accepts in one activity; above it answers 413 MessageSizeTooBig. */
export const CONNECTOR_MAX_BYTES = 28 * 1024;

export interface FakeBotConnector {
  url: string;
  calls: ConnectorCall[];
  /**
   * Makes posts into one conversation answer with `status` and the Bot Connector's error body
   * (`{ error: { code, message } }`), as Teams does for a bot removed from it (403
   * BotNotInConversationRoster) or a conversation that is gone (404).
   */
  refuse(conversationId: string, status: number, code: string): void;
  /** Waits for a call matching `match` (the first not yet taken by an earlier waitFor). */
  waitFor(match: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  close(): Promise<void>;
}

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const calls: ConnectorCall[] = [];
  const taken = new Set<ConnectorCall>();
  const refusals = new Map<string, { status: number; code: string }>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => {
      raw += d;
    });
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        body = { raw };
      }
      calls.push({
        method: req.method ?? '',
        url: req.url ?? '',
        conversationId: m?.[1] ? decodeURIComponent(m[1]) : null,
        authorization: req.headers.authorization,
        body,
        status:
          (m?.[1] ? refusals.get(decodeURIComponent(m[1]))?.status : undefined) ??
          (Buffer.byteLength(raw, 'utf8') > CONNECTOR_MAX_BYTES ? 413 : 200),
      });
      res.setHeader('content-type', 'application/json');
      // Creating (or finding) the personal chat with one member, as the Bot Connector does.
      if (req.method === 'POST' && req.url === '/v3/conversations') {
        const member = (body.members as { id?: string }[] | undefined)?.[0]?.id ?? 'unknown';
        res.end(JSON.stringify({ id: `a:personal-${member}` }));
        return;
      }
      // A OneDrive upload session (file consent): takes the bytes, answers 201 like Graph does.
      if (req.method === 'PUT' && (req.url ?? '').startsWith('/upload/')) {
        res.statusCode = 201;
        res.end(JSON.stringify({ id: 'drive-item-1' }));
        return;
      }
      const refusal = m?.[1] ? refusals.get(decodeURIComponent(m[1])) : undefined;
      if (refusal) {
        res.statusCode = refusal.status;
        res.end(JSON.stringify({ error: { code: refusal.code, message: `${refusal.code} (fake)` } }));
        return;
      }
      if (Buffer.byteLength(raw, 'utf8') > CONNECTOR_MAX_BYTES) {
        res.statusCode = 413;
        res.end(
          JSON.stringify({
            error: { code: 'MessageSizeTooBig', message: 'Activity body too large for processing.' },
          }),
        );
        return;
      }
      res.end(JSON.stringify({ id: `sent-${calls.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    refuse: (conversationId, status, code) => refusals.set(conversationId, { status, code }),
    async waitFor(match, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = calls.find((c) => !taken.has(c) && match(c));
        if (hit) {
          taken.add(hit);
          return hit;
        }
        if (Date.now() > deadline) {
          throw new Error(
            `no matching call at the fake Bot Connector; got ${calls.map((c) => c.url).join(', ')}`,
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
