import type { Actor } from '@kdmp/contracts';

export interface PartnerProfileInput {
  roles: string[];
  sectors: string[];
  commodities: string[];
  regionCodes: string[];
  capacity: number;
  contactEmail: string;
  webhookUrl?: string | null;
}

export interface RegisterPartnerCommand extends PartnerProfileInput {
  name: string;
  type: string;
  /** The organisation's first PARTNER account. */
  user: { email: string; password: string; locale?: 'id' | 'en' };
  actor: Actor;
  correlationId: string;
}
