// Socket Mode through Bolt's SocketModeReceiver, with three changes:
// - an envelope delivered again is answered from the first delivery (create-envelope-deduper.ts);
// - reconnecting is ours: @slack/socket-mode waits 5 s before it reconnects, and when
//   `apps.connections.open` then fails (Slack unreachable for a moment, a revoked token) its promise
//   rejects unhandled and the process dies. Here the first try is at once, later ones back off up to
//   a minute, every failure is logged, and the bot keeps running (Teams and the scheduler with it);
// - stop() resolves once the WebSocket is closed (Bolt's own stop() only starts the close handshake).
import { type App, type Logger as BoltLogger, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../../app/deps.ts';
import type { WebClientOptions } from '../slack-types.ts';
import { createEnvelopeDeduper } from './create-envelope-deduper.ts';

const MAX_BACKOFF_MS = 60_000;

export function createSocketReceiver(options: {
  appToken: string;
  log: Logger;
  boltLogger: BoltLogger;
  /** The Web API options of the app: `apps.connections.open` goes to the same base URL. */
  clientOptions: WebClientOptions;
}): Receiver {
  const { log } = options;
  const socket = new SocketModeReceiver({
    appToken: options.appToken,
    logger: options.boltLogger,
    autoReconnectEnabled: false,
    installerOptions: { clientOptions: options.clientOptions },
    customPropertiesExtractor: (args: { envelope_id?: unknown }) => ({ envelopeId: args.envelope_id }),
  });
  const client = socket.client;
  const once = createEnvelopeDeduper();

  let connected = false;
  let stopping = false;
  let attempt: Promise<void> | undefined;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;

  const reconnect = async () => {
    try {
      await client.start();
      if (failures > 0) log.info({ failures }, 'slack: socket reconnected');
      failures = 0;
    } catch (err) {
      if (stopping) return;
      failures += 1;
      log.error({ err, failures }, 'slack: socket reconnect failed, trying again');
      timer = setTimeout(() => void run(), Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - 1)));
    }
  };
  const run = () => {
    timer = undefined;
    if (stopping) return;
    attempt = reconnect().finally(() => {
      attempt = undefined;
    });
  };
  // Emitted when a connection is gone: closed by Slack (`disconnect` envelope), a missed pong, a
  // network error. Also when a reconnect fails on the WebSocket: that attempt schedules the next one.
  client.on('disconnected', () => {
    if (connected && !stopping && !attempt && !timer) run();
  });

  return {
    init(app: App) {
      // The receiver only ever calls processEvent on the app it is given.
      const target = { processEvent: (event) => once(event, (e) => app.processEvent(e)) } satisfies Pick<
        App,
        'processEvent'
      >;
      socket.init(target as App);
    },
    async start() {
      await client.start();
      connected = true;
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      // A reconnect half-way would open a socket after stop(): let it finish, then close.
      await attempt;
      await client.disconnect();
    },
  };
}
