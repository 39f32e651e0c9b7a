/**
 * The API's minimum (minPasswordLength in @sozialatlas/domain/account; a test keeps them
 * equal). Not imported from there: that module would pull zod into the web bundle.
 */
export const minPasswordLength = 10;

export interface NewPasswordProblems {
  newPassword?: "tooShort";
  repeat?: "missing" | "mismatch";
}

/** Checks a new password and its repetition before it is sent; empty when both are fine. */
export function checkNewPassword(newPassword: string, repeat: string): NewPasswordProblems {
  const problems: NewPasswordProblems = {};
  if (newPassword.length < minPasswordLength) problems.newPassword = "tooShort";
  if (repeat === "") problems.repeat = "missing";
  else if (repeat !== newPassword) problems.repeat = "mismatch";
  return problems;
}
