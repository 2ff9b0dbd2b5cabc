/** A logged-in user changes its password, knowing the current one. */
export interface ChangePasswordCommand {
  userId: string;
  currentPassword: string;
  newPassword: string;
}
