import type { ImportRowOutcome } from '@kdmp/application';
import type { ProblemDetails } from '../../http/problem-details';

export type ImportRowReport =
  | { row: number; status: 'REGISTERED'; id: string; regionCode: string }
  | { row: number; status: 'REJECTED'; regionCode?: string; problem: ProblemDetails };

export interface ImportReport {
  total: number;
  registered: number;
  rejected: number;
  rows: ImportRowReport[];
}

/** Rows numbered from 1 as the client sent them (a CSV's first data line is row 1). */
export function importReport(outcomes: ImportRowOutcome[], toProblem: (error: unknown) => ProblemDetails): ImportReport {
  const rows = outcomes.map((outcome): ImportRowReport =>
    outcome.kind === 'registered'
      ? { row: outcome.row, status: 'REGISTERED', id: outcome.cooperative.id, regionCode: outcome.cooperative.regionCode }
      : { row: outcome.row, status: 'REJECTED', ...(outcome.regionCode ? { regionCode: outcome.regionCode } : {}), problem: toProblem(outcome.error) },
  );
  const registered = rows.filter((row) => row.status === 'REGISTERED').length;
  return { total: rows.length, registered, rejected: rows.length - registered, rows };
}
