import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kdmp/config';
import { assertDeliverableUrl } from '@kdmp/notifications';
import { ApplicationError } from './application-error';

/**
 * A partner's webhook URL is checked when it is given: one that names or resolves to a
 * loopback, link-local or private address is refused unless the deployment allows it. (Each
 * delivery checks the address it dials again.)
 */
@Injectable()
export class WebhookUrlPolicy {
  constructor(private readonly config: AppConfig) {}

  async assertAllowed(url: string | null | undefined): Promise<void> {
    if (!url) return;
    try {
      await assertDeliverableUrl(url, this.config.get('WEBHOOK_ALLOW_PRIVATE_ADDRESSES'));
    } catch (error) {
      throw new ApplicationError('INVALID_INPUT', 'The webhook URL is not allowed.', [
        { field: 'webhookUrl', message: (error as Error).message },
      ]);
    }
  }
}
