/** Someone who forgot its password asks for a reset link by email. */
export interface RequestPasswordResetCommand {
  email: string;
  correlationId: string;
}
