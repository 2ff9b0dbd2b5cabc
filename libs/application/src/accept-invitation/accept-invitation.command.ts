/** The invited person sets its password with the token from its invitation's link. */
export interface AcceptInvitationCommand {
  token: string;
  password: string;
  /** Overrides the language the admin chose for it. */
  locale?: 'id' | 'en';
}
