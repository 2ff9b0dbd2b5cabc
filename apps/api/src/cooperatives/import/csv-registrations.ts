import { parse } from 'csv-parse/sync';

/** Columns that are lists in the JSON form: several values in one cell, separated by `;`. */
const LIST_COLUMNS = new Set(['sectors']);
const NUMBER_COLUMNS = new Set(['memberCount']);
/** The bank account's three fields, flat in CSV, nested in JSON. */
const BANK_COLUMNS: Record<string, string> = {
  bankName: 'bankName',
  bankAccountNumber: 'accountNumber',
  bankAccountHolder: 'accountHolder',
};

export class MalformedCsvError extends Error {}

/**
 * A CSV import (header row of the JSON field names) as the JSON rows it stands for, so both
 * forms go through the same validation. Officer passwords are not imported from CSV (a file
 * of passwords is not something an office should keep): an `officerEmail` column invites the
 * officer instead. Empty cells are absent fields.
 */
export function csvRegistrations(text: string): Record<string, unknown>[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  } catch (error) {
    throw new MalformedCsvError((error as Error).message);
  }
  return records.map((record) => {
    const row: Record<string, unknown> = {};
    const bank: Record<string, string> = {};
    for (const [column, cell] of Object.entries(record)) {
      if (cell === '') continue;
      if (column in BANK_COLUMNS) bank[BANK_COLUMNS[column]] = cell;
      else if (LIST_COLUMNS.has(column)) row[column] = cell.split(';').map((value) => value.trim()).filter(Boolean);
      else if (NUMBER_COLUMNS.has(column) && /^-?\d+$/.test(cell)) row[column] = Number(cell);
      else row[column] = cell;
    }
    if (Object.keys(bank).length > 0) row.bankAccount = bank;
    return row;
  });
}
