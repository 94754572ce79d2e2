export * from "./action-error";
export { UNAVAILABLE_FAILURE, withData } from "./submission";
export * from "./use-action-form";
export { useDialogAction } from "./use-dialog-action";
