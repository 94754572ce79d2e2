import { startServer } from "./lib/server";
import { signIn } from "./lib/http";
import { BENCH_DATABASE_URL, benchAccount } from "./contract";
const s = await startServer({ port: 3398, env: { DATABASE_URL: BENCH_DATABASE_URL } });
const u = await signIn(s.url, benchAccount.province, "PortalMutu#2026");
for (const path of process.argv.slice(2)) {
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    const r = await fetch(s.url + path, { headers: { cookie: u.cookie }, redirect: "manual" });
    const body = await r.text();
    console.log(path, r.status, body.length, Math.round(performance.now() - t), "ms");
  }
}
await s.stop();
