import { Injectable } from '@nestjs/common';
import { AccountTokenSigner } from '@kdmp/auth';
import { AppConfig } from '@kdmp/config';
import { resolveLocale } from '@kdmp/i18n';
import { AccountEmail, EmailChannel, renderInvitationEmail, renderPasswordResetEmail } from '@kdmp/notifications';
import { AccountTokenForEmail, AccountTokenRepository, InboxService } from '@kdmp/persistence';
import { DeliveryOutcome, DeliveryRetry } from '../deliver-notification/deliver-notification.use-case';

export const ACCOUNT_EMAIL_CONSUMER = 'notifier:send-account-email';

/** Where each link leads (the console's pages, served by the API at PUBLIC_URL). */
const LINK_PATHS = { INVITATION: '/accept-invitation', PASSWORD_RESET: '/reset-password' } as const;

/**
 * Emails an invitation or a password-reset link, with the delivery queue's retries. The
 * token is derived again from the link's id here (it was never stored or queued). A link
 * already used or expired is not sent; the last failed attempt leaves the error on the link.
 */
@Injectable()
export class SendAccountEmailUseCase {
  constructor(
    private readonly links: AccountTokenRepository,
    private readonly signer: AccountTokenSigner,
    private readonly email: EmailChannel,
    private readonly inbox: InboxService,
    private readonly config: AppConfig,
  ) {}

  async execute(message: { messageId: string; accountTokenId: string }, attempt: { attempt: number; maxAttempts: number }): Promise<DeliveryOutcome> {
    const found = await this.links.findForEmail(message.accountTokenId);
    if (!found || found.token.usedAt || found.token.emailSentAt || found.token.expiresAt.getTime() <= Date.now()) {
      await this.inbox.acknowledge(ACCOUNT_EMAIL_CONSUMER, message.messageId);
      return 'SKIPPED';
    }
    const { subject, text } = this.render(found);
    const result = await this.email.send({ to: found.token.email, subject, text, messageId: found.token.id });
    if (result.ok) {
      await this.inbox.consumeWith(ACCOUNT_EMAIL_CONSUMER, message.messageId, [this.links.emailOutcome(found.token.id, { sent: true })]);
      return 'SENT';
    }
    if (!result.permanent && attempt.attempt < attempt.maxAttempts) {
      await this.links.recordEmailError(found.token.id, result.error);
      throw new DeliveryRetry(`attempt ${attempt.attempt} of ${attempt.maxAttempts} failed: ${result.error}`);
    }
    await this.inbox.consumeWith(ACCOUNT_EMAIL_CONSUMER, message.messageId, [
      this.links.emailOutcome(found.token.id, { sent: false, error: result.error }),
    ]);
    return 'DEAD';
  }

  private render({ token: link, cooperativeName, partnerName }: AccountTokenForEmail): AccountEmail {
    const token = this.signer.tokenFor(link.id);
    const url = `${this.config.get('PUBLIC_URL')}${LINK_PATHS[link.purpose]}?token=${token}`;
    const locale = resolveLocale(link.locale);
    const expiresAt = link.expiresAt.toISOString();
    return link.purpose === 'INVITATION'
      ? renderInvitationEmail(locale, { role: link.role!, cooperativeName, partnerName, stages: link.stages, link: url, token, expiresAt })
      : renderPasswordResetEmail(locale, { link: url, token, expiresAt });
  }
}
