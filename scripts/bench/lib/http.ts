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
  /** Per connection (0-based, the same user throughout): its own path, headers or body, e.g. its own record. */
  vary?: (connection: number) => { path?: string; headers?: Record<string, string>; body?: string };
  /** Reads every 2xx answer (the page's marker, a saved record's new version); false counts it as an error. */
  check?: (status: number, body: string, connection: number) => boolean;
}

export interface LoadOptions {
  connections: number;
  /** Seconds of measurement, after `warmupSeconds` that are not counted. */
  durationSeconds: number;
  warmupSeconds?: number;
  /** One signed-in user per connection where given (cycled), so 20 connections are 20 users. */
  sessions?: Session[];
  /** Runs between the warm-up and the measured run (a writing scenario re-reads its records' versions). */
  afterWarmup?: () => Promise<void>;
}

export async function measure(baseUrl: string, shape: RequestShape, options: LoadOptions): Promise<Latency> {
  if (options.warmupSeconds) await runAll(baseUrl, shape, options, options.warmupSeconds, []);
  await options.afterWarmup?.();
  const times: number[] = [];
  const errors = await runAll(baseUrl, shape, options, options.durationSeconds, times);
  times.sort((a, b) => a - b);
  const at = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : NaN);
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: times.reduce((a, b) => a + b, 0) / (times.length || 1),
    rps: times.length / options.durationSeconds,
    requests: times.length,
    errors,
  };
}

/**
 * One autocannon instance of one connection per user, all at once: autocannon resets a
 * connection's context after every pass over its requests, so a context cannot hold "this
 * connection's user"; an instance of its own can. Returns the errors of all of them.
 */
async function runAll(baseUrl: string, shape: RequestShape, options: LoadOptions, seconds: number, times: number[]): Promise<number> {
  const users = options.sessions ?? [];
  const runs = Array.from({ length: options.connections }, async (_, connection) => {
    let failedChecks = 0;
    const varied = shape.vary?.(connection) ?? {};
    const headers = { ...shape.headers, ...varied.headers, ...(users.length ? { cookie: users[connection % users.length].cookie } : {}) };
    const request: autocannon.Request = {
      method: shape.method ?? "GET",
      path: varied.path ?? shape.path,
      headers,
      body: varied.body ?? shape.body,
    };
    // A body that changes per request (a saved record's version) is rebuilt before each one.
    if (shape.vary) {
      request.setupRequest = (req) => {
        const body = shape.vary!(connection).body;
        return body === undefined ? req : { ...req, body };
      };
    }
    if (shape.check) {
      request.onResponse = (status: number, body: string) => {
        if (status >= 200 && status < 300 && !shape.check!(status, body, connection)) failedChecks++;
      };
    }
    const result = await runOnce({ url: baseUrl, connections: 1, pipelining: 1, duration: seconds, requests: [request] }, times);
    return result.errors + result.non2xx + result.timeouts + failedChecks;
  });
  return (await Promise.all(runs)).reduce((a, b) => a + b, 0);
}

/** Runs autocannon once, collecting every response time (ms) so that p95 is exact. */
function runOnce(options: autocannon.Options, times: number[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}
