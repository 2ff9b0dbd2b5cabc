import { randomBytes } from 'node:crypto';
import type { PartnerEntity } from '@kdmp/persistence';

export interface PartnerView {
  id: string;
  name: string;
  type: string;
  roles: string[];
  sectors: string[];
  commodities: string[];
  regionCodes: string[];
  capacity: number;
  activePartnerships: number;
  contactEmail: string;
  webhookUrl: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toPartnerView(partner: PartnerEntity): PartnerView {
  return {
    id: partner.id,
    name: partner.name,
    type: partner.type,
    roles: partner.roles,
    sectors: partner.sectors,
    commodities: partner.commodities,
    regionCodes: partner.regionCodes,
    capacity: partner.capacity,
    activePartnerships: partner.activePartnerships,
    contactEmail: partner.contactEmail,
    webhookUrl: partner.webhookUrl,
    version: partner.version,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
  };
}

/** A Standard Webhooks signing secret: `whsec_` and the base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
