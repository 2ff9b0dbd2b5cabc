import type { Actor } from '@kdmp/contracts';
import type { RegisterCooperativeCommand } from '../register-cooperative/register-cooperative.command';

/** One row of an import: a registration that passed validation, or why it did not. */
export type ImportRow =
  | { row: number; registration: Omit<RegisterCooperativeCommand, 'actor' | 'correlationId'> }
  | { row: number; invalid: unknown };

export interface ImportCooperativesCommand {
  rows: ImportRow[];
  actor: Actor;
  correlationId: string;
}
