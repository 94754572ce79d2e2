// The import rules of eslint.config.mjs, checked on small snippets at the paths they guard.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => m.message);
}

describe("lib", () => {
  it("reaches the Prisma client only from data-access files", async () => {
    const code = 'import { getDb } from "../db";\nexport const db = getDb;\n';
    expect(await problems("lib/objectives/summary.ts", code)).toEqual([expect.stringContaining("Only data access touches the Prisma client")]);
    expect(await problems("lib/objectives/summary-data.ts", code)).toEqual([]);
    expect(await problems("lib/objectives/mutations.ts", code)).toEqual([]);
    expect(await problems("lib/objectives/summary.ts", 'import type { Tx } from "../db";\nexport type T = Tx;\n')).toEqual([]);
  });

  it("never imports app, components, React or the router", async () => {
    const found = await problems(
      "lib/objectives/summary-data.ts",
      'import { Button } from "@/components/ui";\nimport { useState } from "react";\nimport { redirect } from "next/navigation";\nexport const x = [Button, useState, redirect];\n',
    );
    expect(found).toEqual([
      expect.stringContaining("lib never imports from app or components"),
      expect.stringContaining("lib never imports React"),
      expect.stringContaining("lib never redirects"),
    ]);
  });

  it("lets the session loader use React's cache and redirect", async () => {
    const code = 'import { cache } from "react";\nimport { redirect } from "next/navigation";\nexport const x = [cache, redirect];\n';
    expect(await problems("lib/auth/session.ts", code)).toEqual([]);
  });
});

describe("components", () => {
  it("never call data files, but may use their types", async () => {
    const value = 'import { getOverview } from "@/lib/objectives/overview-data";\nexport const x = getOverview;\n';
    const type = 'import type { Overview } from "@/lib/objectives/overview-data";\nexport type T = Overview;\n';
    expect(await problems("components/objectives/overview-box.tsx", value)).toEqual([expect.stringContaining("Components never call data or mutation files")]);
    expect(await problems("components/objectives/overview-box.tsx", type)).toEqual([]);
  });

  it("keep components/ui free of domains", async () => {
    const code =
      'import { OBJECTIVE_STATUS_LABELS } from "@/lib/objectives/constants";\nimport { RoleBadges } from "@/components/org/role-badges";\n' +
      'import { formatNumber } from "@/lib/utils/number";\nimport { Alert } from "@/components/ui";\nexport const x = [OBJECTIVE_STATUS_LABELS, RoleBadges, formatNumber, Alert];\n';
    expect(await problems("components/ui/status-box.tsx", code)).toEqual([
      expect.stringContaining("components/ui never names a domain"),
      expect.stringContaining("components/ui imports only components/ui"),
    ]);
  });

  it("let components/forms use components/ui only", async () => {
    const code = 'import { useToast } from "@/components/ui";\nimport { RoleBadges } from "@/components/org/role-badges";\nexport const x = [useToast, RoleBadges];\n';
    expect(await problems("components/forms/thing.ts", code)).toEqual([expect.stringContaining("components/forms imports only components/ui and components/forms")]);
  });
});
