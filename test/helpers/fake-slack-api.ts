// A stand-in for Slack on 127.0.0.1: the Web API (`POST /api/<method>`), response_url posts and the
// upload URL of files.uploadV2. Records every call so tests can read what the bot sent.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSlackCall {
  /** Web API method (`chat.postMessage`), `response_url` or `upload`. */
  method: string;
  path: string;
  /** Form or JSON fields; `blocks` and `view` decoded from their JSON strings. */
  params: Record<string, unknown>;
  raw: string;
  /** The Authorization header: the bot token, or the app-level token for apps.connections.open. */
  authorization: string | undefined;
}

export interface FakeSlackApi {
  apiUrl: string;
  baseUrl: string;
  responseUrl(id?: string): string;
  calls: FakeSlackCall[];
  callsTo(method: string): FakeSlackCall[];
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<FakeSlackCall[]>;
  /**
   * Makes a method answer `{ ok: false, error }` from now on, or for its next `times` calls; with
   * `when`, only the calls whose params match (e.g. one channel).
   */
  failMethod(
    method: string,
    error: string,
    times?: number,
    when?: (params: Record<string, unknown>) => boolean,
  ): void;
  /**
   * Makes a method answer with what `answer` returns from now on (`ok: true` is added); it gets the
   * call's fields and Authorization header (which token asked).
   */
  answerMethod(
    method: string,
    answer: (params: Record<string, unknown>, authorization: string | undefined) => Record<string, unknown>,
  ): void;
  close(): Promise<void>;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: FakeSlackCall[] = [];
  const failing = new Map<
    string,
    { error: string; left: number; when?: ((params: Record<string, unknown>) => boolean) | undefined }
  >();
  const answers = new Map<
    string,
    (params: Record<string, unknown>, authorization: string | undefined) => Record<string, unknown>
  >();
  let base = '';
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = req.url ?? '/';
    const method = path.startsWith('/api/')
      ? path.slice(5).split('?')[0]!
      : path.startsWith('/upload')
        ? 'upload'
        : 'response_url';
    const params = parseParams(raw, req.headers['content-type'] ?? '');
    calls.push({ method, path, params, raw, authorization: req.headers.authorization });
    res.setHeader('content-type', 'application/json');
    const matching = failing.get(method);
    const failure = matching && (!matching.when || matching.when(params)) ? matching : undefined;
    if (failure && --failure.left <= 0) failing.delete(method);
    const error = failure?.error;
    const custom = answers.get(method);
    res.end(
      JSON.stringify(
        error
          ? { ok: false, error }
          : custom
            ? { ok: true, ...custom(params, req.headers.authorization) }
            : answer(method, base),
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const callsTo = (method: string) => calls.filter((c) => c.method === method);
  return {
    apiUrl: `${base}/api/`,
    baseUrl: base,
    responseUrl: (id = '1') => `${base}/response-url/${id}`,
    calls,
    callsTo,
    failMethod: (method, error, times = Number.POSITIVE_INFINITY, when) =>
      failing.set(method, { error, left: times, when }),
    answerMethod: (method, fn) => answers.set(method, fn),
    async waitFor(method, count = 1, timeoutMs = 3000) {
      const until = Date.now() + timeoutMs;
      while (callsTo(method).length < count) {
        if (Date.now() > until)
          throw new Error(`fake Slack: expected ${count} ${method} call(s), got ${callsTo(method).length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return callsTo(method);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(method: string, base: string): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', url: 'https://example.slack.com/' };
    case 'users.info':
      return {
        ok: true,
        user: { id: 'U1', name: 'anna', real_name: 'Anna Polis', profile: { display_name: 'anna' } },
      };
    case 'conversations.open':
      return { ok: true, channel: { id: 'D1' } };
    case 'files.getUploadURLExternal':
      return { ok: true, upload_url: `${base}/upload/F1`, file_id: 'F1' };
    case 'files.completeUploadExternal':
      return { ok: true, files: [{ id: 'F1', title: 'fil' }] };
    case 'views.open':
    case 'views.publish':
      return { ok: true, view: { id: 'V1' } };
    default:
      return { ok: true, channel: 'C1', ts: '1.1' };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req
      .on('data', (d: Buffer) => chunks.push(d))
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function parseParams(raw: string, contentType: string): Record<string, unknown> {
  let params: Record<string, unknown> = {};
  if (contentType.includes('application/json')) {
    try {
      params = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      params = {};
    }
  } else if (contentType.includes('application/x-www-form-urlencoded')) {
    params = Object.fromEntries(new URLSearchParams(raw));
  }
  for (const key of ['blocks', 'view', 'file_uploads', 'files']) {
    if (typeof params[key] === 'string') {
      try {
        params[key] = JSON.parse(params[key] as string);
      } catch {
        // Left as the raw string.
      }
    }
  }
  return params;
}
