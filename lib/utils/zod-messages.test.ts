// Every message a form schema can give a user is Indonesian and human: no zod type names, no
// English. Each schema is fed wrong types field by field and the messages are read.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as auth from "../auth/schema";
import type { PasswordPolicy } from "../auth/password-policy";

const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 12, requireMixed: true };
import * as objectives from "../objectives/schema";
import * as org from "../org/schema";
import * as sops from "../sops/schema";
import { OBJECTIVE_WORKFLOW } from "../objectives/workflow";
import { transitionSchema } from "../workflow/schema";

const RAW = /\b(number|string|NaN|undefined|null|object|array|boolean|bigint|expected|received|Invalid|input|diharapkan|diterima)\b/i;
const WRONG_VALUES: unknown[] = [{}, "20x6", Number.NaN, null, undefined, [], true, "", -5, "a".repeat(6000)];

function schemasOf(module: Record<string, unknown>): [string, z.ZodType][] {
  return Object.entries(module).flatMap(([name, value]) => {
    if (value && typeof value === "object" && "safeParse" in value) return [[name, value as z.ZodType]];
    if (typeof value === "function" && /Schema$/.test(name)) {
      try {
        const made = (value as (policy: unknown) => unknown)(DEFAULT_PASSWORD_POLICY);
        if (made && typeof made === "object" && "safeParse" in made) return [[name, made as z.ZodType]];
      } catch {
        return [];
      }
    }
    return [];
  });
}

function shapeOf(schema: z.ZodType): Record<string, unknown> {
  const def = (schema as unknown as { def?: { shape?: Record<string, unknown>; in?: z.ZodType; schema?: z.ZodType } }).def;
  if (def?.shape) return def.shape;
  if (def?.in) return shapeOf(def.in);
  if (def?.schema) return shapeOf(def.schema);
  return {};
}

const SCHEMAS = [
  ...schemasOf(auth),
  ...schemasOf(objectives),
  ...schemasOf(org),
  ...schemasOf(sops),
  ["transitionSchema", transitionSchema(OBJECTIVE_WORKFLOW)] as [string, z.ZodType],
];

describe("form messages", () => {
  it("finds the form schemas to check", () => {
    expect(SCHEMAS.map(([name]) => name)).toEqual(expect.arrayContaining(["objectiveFormSchema", "measurementSchema", "loginSchema", "unitCreateSchema", "userCreateSchema"]));
  });

  for (const [name, schema] of SCHEMAS) {
    it(`${name} speaks Indonesian for every wrong type`, () => {
      const messages = new Set<string>();
      for (const whole of WRONG_VALUES) for (const issue of schema.safeParse(whole).error?.issues ?? []) messages.add(issue.message);
      for (const key of Object.keys(shapeOf(schema))) {
        for (const wrong of WRONG_VALUES) {
          for (const issue of schema.safeParse({ [key]: wrong }).error?.issues ?? []) messages.add(issue.message);
          for (const issue of schema.safeParse({ values: { [key]: wrong } }).error?.issues ?? []) messages.add(issue.message);
        }
      }
      const raw = [...messages].filter((m) => RAW.test(m));
      expect(raw).toEqual([]);
    });
  }

  it("tells a user who typed 20x6 as the year what to type", () => {
    const issue = objectives.objectiveFormSchema.safeParse({ year: "20x6" }).error?.issues.find((i) => i.path[0] === "year");
    expect(issue?.message).toBe("Tahun harus berupa angka, misalnya 2026.");
  });
});
