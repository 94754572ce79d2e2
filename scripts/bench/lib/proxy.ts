// A small round-robin HTTP proxy for the scale-out proof: every request goes to the next app
// server in turn, bodies are streamed both ways, response headers (Set-Cookie included) pass
// unchanged, and X-Bench-Server names the server that answered.
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from "node:http";

export interface ProxyTarget {
  label: string;
  /** http://127.0.0.1:<port> */
  url: string;
}

export interface RunningProxy {
  url: string;
  /** Requests answered per target label. */
  answered: Record<string, number>;
  /** Changes the servers behind the port (e.g. one, then two) without restarting it. */
  setTargets(targets: ProxyTarget[]): void;
  stop(): Promise<void>;
}

export const SERVER_HEADER = "x-bench-server";

export async function startProxy(port: number, initial: ProxyTarget[]): Promise<RunningProxy> {
  let targets = [...initial];
  let next = 0;
  const answered: Record<string, number> = {};
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const target = targets[next++ % targets.length];
    const upstream = new URL(target.url);
    const out = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
      (reply) => {
        answered[target.label] = (answered[target.label] ?? 0) + 1;
        res.writeHead(reply.statusCode ?? 502, { ...reply.headers, [SERVER_HEADER]: target.label });
        reply.pipe(res);
      },
    );
    out.on("error", (error) => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { "content-type": "text/plain", [SERVER_HEADER]: target.label });
      res.end(`Proxy: ${target.label} unreachable (${error.message})`);
    });
    req.pipe(out);
  };

  const server = createServer(forward);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    answered,
    setTargets(list) {
      targets = [...list];
      next = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
