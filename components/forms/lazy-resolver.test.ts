import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { z } from "@/lib/utils/zod";
import { lazyResolver } from "./lazy-resolver";

const schema = z.object({ name: z.string().trim().min(1, "Isi nama.") });
type Input = z.input<typeof schema>;
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<Input>;

describe("lazyResolver", () => {
  it("validates with a schema object", async () => {
    const resolver = lazyResolver(schema);
    expect(await resolver({ name: " Ani " }, undefined, options)).toEqual({ values: { name: "Ani" }, errors: {} });
  });

  it("loads the schema once, on the first validation or preload, and keeps its messages", async () => {
    const load = vi.fn(async () => schema);
    const resolver = lazyResolver(load);
    expect(load).not.toHaveBeenCalled();
    await resolver.preload();
    const result = await resolver({ name: "" }, undefined, options);
    expect(result.errors.name?.message).toBe("Isi nama.");
    await resolver({ name: "Budi" }, undefined, options);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("tries a failed load again on the next validation", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(schema);
    const resolver = lazyResolver<Input, z.output<typeof schema>>(load);
    await expect(resolver({ name: "Ani" }, undefined, options)).rejects.toThrow("offline");
    expect(await resolver({ name: "Ani" }, undefined, options)).toEqual({ values: { name: "Ani" }, errors: {} });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
