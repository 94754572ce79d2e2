"use server";
// Server actions of the admin screens: session and schema (guardedAction), then a mutation that
// authorizes against the record inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { passwordPolicy } from "../auth/password";
import type { ActionResult } from "../errors";
import {
  grantSchema,
  passwordChangeSchema,
  passwordResetSchema,
  revokeSchema,
  setActiveSchema,
  unitCreateSchema,
  unitMoveSchema,
  unitUpdateSchema,
  userCreateSchema,
  userUpdateSchema,
  type PasswordChangeInput,
  type PasswordResetInput,
  type UserCreateInput,
} from "./schema";
import { createUnit, moveUnit, setUnitActive, updateUnit } from "./unit-mutations";
import {
  changeOwnPassword,
  createUser,
  grantRole,
  resetPassword,
  revokeRole,
  setUserActive,
  updateUser,
} from "./user-mutations";

const refreshAdmin = () => revalidatePath("/admin", "layout");

export const createUnitAction = guardedAction(unitCreateSchema, async (input, user) => {
  const result = await createUnit(user, input);
  refreshAdmin();
  return result;
});

export const updateUnitAction = guardedAction(unitUpdateSchema, async (input, user) => {
  await updateUnit(user, input);
  refreshAdmin();
});

export const moveUnitAction = guardedAction(unitMoveSchema, async (input, user) => {
  await moveUnit(user, input);
  refreshAdmin();
});

export const setUnitActiveAction = guardedAction(setActiveSchema, async (input, user) => {
  await setUnitActive(user, input);
  refreshAdmin();
});

// Password schemas depend on the configured policy, read when the action runs.
export async function createUserAction(input: UserCreateInput): Promise<ActionResult<{ id: string }>> {
  return guardedAction(userCreateSchema(passwordPolicy()), async (values, user) => {
    const result = await createUser(user, values);
    refreshAdmin();
    return result;
  })(input);
}

export const updateUserAction = guardedAction(userUpdateSchema, async (input, user) => {
  await updateUser(user, input);
  refreshAdmin();
});

export const setUserActiveAction = guardedAction(setActiveSchema, async (input, user) => {
  await setUserActive(user, input);
  refreshAdmin();
});

export async function resetPasswordAction(input: PasswordResetInput): Promise<ActionResult<void>> {
  return guardedAction(passwordResetSchema(passwordPolicy()), async (values, user) => {
    await resetPassword(user, values);
    refreshAdmin();
  })(input);
}

export async function changeOwnPasswordAction(input: PasswordChangeInput): Promise<ActionResult<void>> {
  return guardedAction(passwordChangeSchema(passwordPolicy()), async (values, user) => {
    await changeOwnPassword(user, values);
    revalidatePath("/", "layout");
  })(input);
}

export const grantRoleAction = guardedAction(grantSchema, async (input, user) => {
  await grantRole(user, input);
  refreshAdmin();
});

export const revokeRoleAction = guardedAction(revokeSchema, async (input, user) => {
  await revokeRole(user, input);
  refreshAdmin();
});
