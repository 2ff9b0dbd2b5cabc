import type { Actor } from '@kdmp/contracts';
import type { BankAccount, Locale } from '@kdmp/persistence';

export interface RegisterCooperativeCommand {
  name: string;
  kind: 'DESA' | 'KELURAHAN';
  village: string;
  district: string;
  regency: string;
  province: string;
  regionCode: string;
  memberCount: number;
  sectors: string[];
  contactEmail?: string;
  contactPhone?: string;
  legalEntityNumber?: string;
  cooperativeNumber?: string;
  taxNumber?: string;
  businessNumber?: string;
  bankAccount?: BankAccount;
  /** The cooperative's first officer, who gets a COOPERATIVE account. */
  officer?: { email: string; password: string; locale?: Locale };
  /** Or its officer invited by email (an admin's import): the invitation commits with the cooperative. */
  officerInvitation?: { email: string; locale?: Locale; invitedBy: string };
  actor: Actor;
  correlationId: string;
}
