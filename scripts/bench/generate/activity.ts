// The change history: the events the phases reported, topped up with everyday changes (updates,
// checklist answers, measurements, views of workflow steps) on the generated records until the
// scale's row count, in time order, hash-chained exactly as lib/activity/record.ts does.
import { GENESIS_HASH } from "../../../lib/activity/constants";
import { keyedHashActivity } from "../../../lib/activity/hash";
import { activityKey } from "../../../lib/activity/key";
import { insertColumns, randomFor, scaled, TODAY, type Row } from "./context";
import type { ActivityEvent, Generation } from "./model";

const FILLER = [["update", 6], ["submit", 2], ["approve", 2], ["return", 1], ["checklist_answer", 2], ["measure", 2]] as const;

export async function generateActivity(g: Generation): Promise<number> {
  const rnd = randomFor("activity");
  const total = scaled(g.scale, "activityRows");
  const events: ActivityEvent[] = g.events.slice(0, total);
  const base = events.length;
  const start = Date.UTC(2017, 0, 1);
  const span = TODAY.getTime() - start;
  const people = g.agencies.flatMap((a) => a.staff);
  while (events.length < total) {
    const source = g.events[rnd.int(0, base - 1)];
    events.push({
      at: new Date(start + Math.floor(rnd.next() * span / 1000) * 1000),
      actor: source.actor ?? rnd.pick(people),
      entity: source.entity,
      entityId: source.entityId,
      action: rnd.weighted(FILLER),
      after: { version: rnd.int(2, 9) },
    });
  }
  // Stable order: by time, ties in the order reported.
  const order = events.map((_, i) => i).sort((a, b) => events[a].at.getTime() - events[b].at.getTime() || a - b);
  const key = activityKey();
  let prevHash = GENESIS_HASH;
  const columns = ["id", "at", "actorId", "actorLabel", "entity", "entityId", "action", "after", "reason", "prevHash", "hash"];
  const TYPES = ["int4", "timestamp(3)", "text", "text", "text", "text", "text", "jsonb", "text", "text", "text"];
  let batch: Row[] = [];
  let id = 0;
  for (const i of order) {
    const e = events[i];
    const content = {
      at: e.at, actorId: e.actor?.id ?? "system", actorLabel: e.actor?.name ?? "Sistem (data awal)", entity: e.entity, entityId: e.entityId,
      action: e.action, before: null, after: e.after === undefined ? null : JSON.parse(JSON.stringify(e.after)), reason: e.reason ?? null, prevHash,
    };
    const hash = keyedHashActivity(content, key);
    batch.push([++id, content.at, content.actorId, content.actorLabel, content.entity, content.entityId, content.action, content.after, content.reason, prevHash, hash]);
    prevHash = hash;
    if (batch.length >= 20_000) {
      await insertColumns(g.client, "Activity", columns, TYPES, batch);
      batch = [];
    }
  }
  await insertColumns(g.client, "Activity", columns, TYPES, batch);
  await g.client.query(`SELECT setval(pg_get_serial_sequence('"Activity"', 'id'), $1)`, [Math.max(1, id)]);
  return id;
}
