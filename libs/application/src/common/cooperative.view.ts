import type { BankAccount, CooperativeEntity } from '@kdmp/persistence';

/** A cooperative as callers see it. */
export interface CooperativeView {
  id: string;
  name: string;
  kind: 'DESA' | 'KELURAHAN';
  village: string;
  district: string;
  regency: string;
  province: string;
  regionCode: string;
  districtCode: string;
  regencyCode: string;
  provinceCode: string;
  memberCount: number;
  sectors: string[];
  contactEmail: string | null;
  contactPhone: string | null;
  legalEntityNumber: string | null;
  cooperativeNumber: string | null;
  taxNumber: string | null;
  businessNumber: string | null;
  bankAccount: BankAccount | null;
  currentBusinessPlanId: string | null;
  state: string;
  version: number;
  stateChangedAt: string;
  createdAt: string;
  updatedAt: string;
}

export function toCooperativeView(entity: CooperativeEntity): CooperativeView {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    village: entity.village,
    district: entity.district,
    regency: entity.regency,
    province: entity.province,
    regionCode: entity.regionCode,
    districtCode: entity.districtCode,
    regencyCode: entity.regencyCode,
    provinceCode: entity.provinceCode,
    memberCount: entity.memberCount,
    sectors: entity.sectors,
    contactEmail: entity.contactEmail,
    contactPhone: entity.contactPhone,
    legalEntityNumber: entity.legalEntityNumber,
    cooperativeNumber: entity.cooperativeNumber,
    taxNumber: entity.taxNumber,
    businessNumber: entity.businessNumber,
    bankAccount: entity.bankAccount,
    currentBusinessPlanId: entity.currentBusinessPlanId,
    state: entity.state,
    version: entity.version,
    stateChangedAt: entity.stateChangedAt.toISOString(),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
