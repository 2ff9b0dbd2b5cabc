import type { Actor } from '@kdmp/contracts';
import type { BankAccount, CooperativeViewer } from '@kdmp/persistence';

/** What an officer or an admin may complete or correct; null clears a clearable field. */
export interface CooperativeProfilePatch {
  name?: string;
  regionCode?: string;
  kind?: 'DESA' | 'KELURAHAN';
  village?: string;
  district?: string;
  regency?: string;
  province?: string;
  memberCount?: number;
  sectors?: string[];
  contactEmail?: string | null;
  contactPhone?: string | null;
  legalEntityNumber?: string | null;
  cooperativeNumber?: string | null;
  taxNumber?: string | null;
  businessNumber?: string | null;
  bankAccount?: BankAccount | null;
}

export interface UpdateCooperativeProfileCommand {
  cooperativeId: string;
  /** The version last read; required, since a profile edit must not undo someone else's. */
  expectedVersion: number;
  patch: CooperativeProfilePatch;
  actor: Actor;
  viewer: CooperativeViewer;
  correlationId: string;
}
