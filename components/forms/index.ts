export * from "./action-error";
export * from "./use-action-form";
