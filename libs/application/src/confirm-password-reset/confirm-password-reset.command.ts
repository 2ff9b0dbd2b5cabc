/** A new password, with the token from the reset link. */
export interface ConfirmPasswordResetCommand {
  token: string;
  password: string;
}
