import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface BankAccount {
  bankName: string;
  accountNumber: string;
  accountHolder: string;
}

/** A cooperative's row. State and version change only through the unit of work. */
@Entity({ name: 'cooperatives' })
export class CooperativeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') kind: 'DESA' | 'KELURAHAN';
  @Column('text') village: string;
  @Column('text') district: string;
  @Column('text') regency: string;
  @Column('text') province: string;
  @Column('text', { name: 'region_code' }) regionCode: string;
  @Column('text', { name: 'district_code' }) districtCode: string;
  @Column('text', { name: 'regency_code' }) regencyCode: string;
  @Column('text', { name: 'province_code' }) provinceCode: string;
  @Column('integer', { name: 'member_count' }) memberCount: number;
  @Column('text', { array: true }) sectors: string[];
  @Column('text', { name: 'contact_email', nullable: true }) contactEmail: string | null;
  @Column('text', { name: 'contact_phone', nullable: true }) contactPhone: string | null;
  @Column('text', { name: 'legal_entity_number', nullable: true }) legalEntityNumber: string | null;
  @Column('text', { name: 'cooperative_number', nullable: true }) cooperativeNumber: string | null;
  @Column('text', { name: 'tax_number', nullable: true }) taxNumber: string | null;
  @Column('text', { name: 'business_number', nullable: true }) businessNumber: string | null;
  @Column('jsonb', { name: 'bank_account', nullable: true }) bankAccount: BankAccount | null;
  @Column('uuid', { name: 'current_business_plan_id', nullable: true }) currentBusinessPlanId: string | null;
  @Column('text') state: string;
  @Column('integer') version: number;
  @Column('integer', { name: 'last_event_sequence' }) lastEventSequence: number;
  @Column('timestamptz', { name: 'state_changed_at' }) stateChangedAt: Date;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
