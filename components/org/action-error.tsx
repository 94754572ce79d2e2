// Moved to components/forms; this re-export keeps the workflow dialogs (rewritten meanwhile) building.
// Remove it once nothing imports "@/components/org/action-error".
export { ActionError, type ActionFailure } from "@/components/forms/action-error";
