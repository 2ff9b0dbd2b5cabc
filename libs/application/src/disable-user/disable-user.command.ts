/** An admin disables an account (or enables it again). */
export interface SetUserAccessCommand {
  userId: string;
  /** The admin doing it. */
  adminId: string;
}
