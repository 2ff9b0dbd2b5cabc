import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'partners' })
export class PartnerEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') type: string;
  @Column('text', { array: true }) roles: string[];
  @Column('text', { array: true }) sectors: string[];
  @Column('text', { array: true }) commodities: string[];
  /** Regency (`64.02`) or province (`64`) codes, or `NATIONAL`. */
  @Column('text', { name: 'region_codes', array: true }) regionCodes: string[];
  @Column('integer') capacity: number;
  @Column('integer', { name: 'active_partnerships' }) activePartnerships: number;
  @Column('text', { name: 'contact_email' }) contactEmail: string;
  @Column('text', { name: 'webhook_url', nullable: true }) webhookUrl: string | null;
  /** Signs webhooks (Standard Webhooks); shown to the partner once, when made. */
  @Column('text', { name: 'webhook_secret', select: false }) webhookSecret: string;
  @Column('integer') version: number;
  @Column('integer', { name: 'last_event_sequence' }) lastEventSequence: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
