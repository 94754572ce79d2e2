// A react-hook-form resolver on a zod schema that is loaded on demand, so zod stays out of a form
// page's first JavaScript. The first validation waits for the load; preload() starts it early.
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

export type FormSchema<TInput extends FieldValues, TOutput> = z.ZodType<TOutput, TInput>;
/** A schema, or a loader of it: `() => import("@/lib/x/schema").then((m) => m.xSchema)`. */
export type SchemaSource<TInput extends FieldValues, TOutput> =
  | FormSchema<TInput, TOutput>
  | (() => Promise<FormSchema<TInput, TOutput>>);

export type LazyResolver<TInput extends FieldValues, TOutput> = Resolver<TInput, unknown, TOutput> & {
  /** Starts loading the schema and the resolver; resolves when validation is ready. */
  preload: () => Promise<unknown>;
};

export function lazyResolver<TInput extends FieldValues, TOutput>(
  source: SchemaSource<TInput, TOutput>,
): LazyResolver<TInput, TOutput> {
  let loading: Promise<Resolver<TInput, unknown, TOutput>> | null = null;
  const load = () => {
    loading ??= Promise.all([
      typeof source === "function" ? source() : Promise.resolve(source),
      import("@hookform/resolvers/zod"),
    ]).then(([schema, { zodResolver }]) => zodResolver(schema) as Resolver<TInput, unknown, TOutput>);
    // A failed load (network lost) is tried again on the next validation.
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
  const resolver: Resolver<TInput, unknown, TOutput> = async (values, context, options) =>
    (await load())(values, context, options);
  return Object.assign(resolver, { preload: load });
}
