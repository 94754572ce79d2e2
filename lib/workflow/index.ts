// The shared workflow engine: definitions (define.ts, approval.ts), the runner (run.ts, server
// only), the buttons' data (allowed.ts) and the action input (schema.ts).
export { defineWorkflow, type Workflow, type WorkflowRecord, type TransitionSpec, type TransitionContext } from "./define";
export { allowedTransitions, refusalOf, type AllowedTransition } from "./allowed";
export { approvalTransitions, PENDING_STATES, type ApprovalRecord } from "./approval";
export { transitionSchema, type TransitionInput } from "./schema";
