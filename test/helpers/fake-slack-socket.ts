// Slack's Socket Mode end on 127.0.0.1: a WebSocket server that greets each connection with `hello`,
// sends envelopes (`slash_commands`, `interactive`, `events_api`, `disconnect`) and records the acks
// the bot sends back (`{ envelope_id, payload }`). `apps.connections.open` on the fake Web API hands
// out `url`.
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload: Record<string, unknown>;
}

export interface Envelope {
  envelope_id: string;
  type: 'slash_commands' | 'interactive' | 'events_api';
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export interface FakeSlackSocket {
  /** The WebSocket URL `apps.connections.open` answers with. */
  url: string;
  /** Every connection ever opened, in order; `closeCode` is set once it has closed. */
  connections: { closeCode?: number }[];
  openConnections(): number;
  acks: SocketAck[];
  waitForConnections(count: number, timeoutMs?: number): Promise<void>;
  waitForClosed(index: number, timeoutMs?: number): Promise<number>;
  /** Sends an envelope on the newest open connection and resolves with the ack it gets. */
  deliver(envelope: Envelope, timeoutMs?: number): Promise<SocketAck>;
  /** Slack's "please reconnect" message (it sends one before it recycles a connection). */
  sendDisconnect(reason?: string): void;
  close(): Promise<void>;
}

export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const sockets: WebSocket[] = [];
  const connections: { closeCode?: number }[] = [];
  const acks: SocketAck[] = [];

  server.on('connection', (socket) => {
    const record: { closeCode?: number } = {};
    sockets.push(socket);
    connections.push(record);
    socket.on('message', (data) => acks.push(JSON.parse(String(data)) as SocketAck));
    socket.on('close', (code) => {
      record.closeCode = code;
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: sockets.filter((s) => s.readyState === s.OPEN).length,
        debug_info: { host: 'fake-slack', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A1' },
      }),
    );
  });

  const newest = (): WebSocket => {
    const open = sockets.filter((s) => s.readyState === s.OPEN);
    if (!open.length) throw new Error('fake Slack socket: no open connection');
    return open.at(-1)!;
  };
  const until = async (done: () => boolean, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`fake Slack socket: ${what} in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const acksFor = (id: string) => acks.filter((a) => a.envelope_id === id);

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=fake`,
    connections,
    openConnections: () => sockets.filter((s) => s.readyState === s.OPEN).length,
    acks,
    waitForConnections: (count, timeoutMs = 15_000) =>
      until(() => connections.length >= count, `no connection number ${count}`, timeoutMs),
    async waitForClosed(index, timeoutMs = 5000) {
      await until(
        () => connections[index]?.closeCode !== undefined,
        `connection ${index} not closed`,
        timeoutMs,
      );
      return connections[index]!.closeCode!;
    },
    async deliver(envelope, timeoutMs = 10_000) {
      const before = acksFor(envelope.envelope_id).length;
      newest().send(JSON.stringify(envelope));
      await until(
        () => acksFor(envelope.envelope_id).length > before,
        `no ack for ${envelope.envelope_id}`,
        timeoutMs,
      );
      return acksFor(envelope.envelope_id)[before]!;
    },
    sendDisconnect(reason = 'refresh_requested') {
      newest().send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake-slack' } }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.terminate();
        server.close(() => resolve());
      }),
  };
}

let envelopes = 0;
const nextEnvelopeId = () => `env-${++envelopes}`;

/** A slash command as Socket Mode delivers it: the HTTP form fields, as JSON. */
export function slashCommandEnvelope(
  f: { command: string; text: string; responseUrl: string; userId?: string; channelId?: string },
  envelopeId = nextEnvelopeId(),
): Envelope {
  return {
    envelope_id: envelopeId,
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      token: 'legacy-token',
      team_id: 'T1',
      team_domain: 'overkalix',
      channel_id: f.channelId ?? 'C1',
      channel_name: 'medborgarlofte',
      user_id: f.userId ?? 'U1',
      user_name: 'anna',
      command: f.command,
      text: f.text,
      api_app_id: 'A1',
      is_enterprise_install: 'false',
      response_url: f.responseUrl,
      trigger_id: '1.2.3',
    },
  };
}

/** A button press or a modal submission: the same JSON as the HTTP `payload` field. */
export function interactiveEnvelope(
  payload: Record<string, unknown>,
  envelopeId = nextEnvelopeId(),
): Envelope {
  return {
    envelope_id: envelopeId,
    type: 'interactive',
    accepts_response_payload: payload.type === 'view_submission',
    payload,
  };
}

/** An Events API event; Slack sends it again with `retry_attempt` > 0 when the ack did not arrive. */
export function eventsApiEnvelope(
  eventId: string,
  event: Record<string, unknown>,
  retryAttempt = 0,
  envelopeId = nextEnvelopeId(),
): Envelope {
  return {
    envelope_id: envelopeId,
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: retryAttempt,
    retry_reason: retryAttempt > 0 ? 'timeout' : '',
    payload: {
      token: 'legacy-token',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: eventId,
      event_time: 1521446400,
      event,
    },
  };
}
