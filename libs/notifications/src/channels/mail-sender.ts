/** One message as the email channel hands it to a transport. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** `<…@kdmp>`: the same on every attempt, so a resend is recognisable. */
  messageId: string;
}

/** Where email goes: an SMTP server, or (development without one) a folder. */
export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}
