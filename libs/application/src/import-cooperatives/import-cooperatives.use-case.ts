import { Injectable } from '@nestjs/common';
import type { Actor } from '@kdmp/contracts';
import { CooperativeView } from '../common/cooperative.view';
import { RegisterCooperativeCommand } from '../register-cooperative/register-cooperative.command';
import { RegisterCooperativeUseCase } from '../register-cooperative/register-cooperative.use-case';

/** One row of an import: a registration that passed validation, or why it did not. */
export type ImportRow =
  | { row: number; registration: Omit<RegisterCooperativeCommand, 'actor' | 'correlationId'> }
  | { row: number; invalid: unknown };

export type ImportRowOutcome =
  | { row: number; kind: 'registered'; cooperative: CooperativeView }
  | { row: number; kind: 'rejected'; regionCode?: string; error: unknown };

/** Rows registered at once: enough to overlap round trips, few enough to leave the pool to others. */
const ROWS_IN_FLIGHT = 4;

/**
 * The cooperative office registers many cooperatives at once. Each row is a registration of
 * its own, all or nothing (the cooperative, its event and outbox rows, its officer if named):
 * a bad or conflicting row is reported and the others go ahead.
 */
@Injectable()
export class ImportCooperativesUseCase {
  constructor(private readonly register: RegisterCooperativeUseCase) {}

  async execute(rows: ImportRow[], actor: Actor, correlationId: string): Promise<ImportRowOutcome[]> {
    const outcomes: ImportRowOutcome[] = new Array(rows.length);
    let next = 0;
    const lane = async () => {
      while (next < rows.length) {
        const index = next++;
        outcomes[index] = await this.importOne(rows[index], actor, correlationId);
      }
    };
    await Promise.all(Array.from({ length: Math.min(ROWS_IN_FLIGHT, rows.length) }, lane));
    return outcomes;
  }

  private async importOne(row: ImportRow, actor: Actor, correlationId: string): Promise<ImportRowOutcome> {
    if ('invalid' in row) return { row: row.row, kind: 'rejected', error: row.invalid };
    try {
      const cooperative = await this.register.execute({ ...row.registration, actor, correlationId });
      return { row: row.row, kind: 'registered', cooperative };
    } catch (error) {
      return { row: row.row, kind: 'rejected', regionCode: row.registration.regionCode, error };
    }
  }
}
