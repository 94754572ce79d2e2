// Signing in over HTTP (next-auth credentials, as the login form does) and measuring one request
// shape with autocannon at a given concurrency. The only load engine of the bench.
import autocannon from "autocannon";
import type { Latency } from "../contract";

export interface Session {
  /** The Cookie header of a signed-in user. */
  cookie: string;
  email: string;
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function signIn(baseUrl: string, identifier: string, password: string): Promise<Session> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const body = new URLSearchParams({ csrfToken, identifier, password, json: "true", callbackUrl: `${baseUrl}/` });
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body,
  });
  const session = cookiesOf(res).find((c) => /session-token=/.test(c) && !/session-token=;?$/.test(c));
  if (!session) throw new Error(`Sign-in of ${identifier} failed (HTTP ${res.status})`);
  return { cookie: session, email: identifier };
}

export interface RequestShape {
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  connections: number;
  /** Seconds of measurement, after `warmupSeconds` that are not counted. */
  durationSeconds: number;
  warmupSeconds?: number;
  /** One signed-in user per connection where given (cycled), so 20 connections are 20 users. */
  sessions?: Session[];
}

export async function measure(baseUrl: string, shape: RequestShape, options: LoadOptions): Promise<Latency> {
  const users = options.sessions ?? [];
  let nextUser = 0;
  const base = {
    url: baseUrl,
    connections: options.connections,
    pipelining: 1,
    requests: [
      {
        method: shape.method ?? "GET",
        path: shape.path,
        headers: shape.headers ?? {},
        body: shape.body,
        // Each connection (its own context) keeps one user's cookie: 20 connections are 20 users.
        setupRequest: (req: autocannon.Request, context: object) => {
          if (users.length === 0) return req;
          const own = context as { user?: Session };
          own.user ??= users[nextUser++ % users.length];
          return { ...req, headers: { ...req.headers, cookie: own.user.cookie } };
        },
      },
    ],
  } satisfies autocannon.Options;
  if (options.warmupSeconds) await runOnce({ ...base, duration: options.warmupSeconds }, []);
  const times: number[] = [];
  const result = await runOnce({ ...base, duration: options.durationSeconds }, times);
  times.sort((a, b) => a - b);
  const at = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : NaN);
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: times.reduce((a, b) => a + b, 0) / (times.length || 1),
    rps: times.length / options.durationSeconds,
    requests: times.length,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** Runs autocannon once, collecting every response time (ms) so that p95 is exact. */
function runOnce(options: autocannon.Options, times: number[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}
