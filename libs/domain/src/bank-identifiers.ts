/**
 * The identifiers a bank asks for, as patterns: optional at registration, required and
 * well-formed before review (screening checks them against these same patterns).
 */
export const BANK_IDENTIFIER_PATTERNS = {
  /** Nomor badan hukum: the Ministry of Law's decree number, e.g. AHU-0001234.AH.01.29.TAHUN 2025. */
  legalEntityNumber: /^[A-Za-z0-9][A-Za-z0-9./ -]{4,79}$/,
  /** NIK koperasi: 16 digits. */
  cooperativeNumber: /^\d{16}$/,
  /** NPWP: 15 digits (old form) or 16 (NIK-based), dots and dashes allowed as printed. */
  taxNumber: /^(\d[.-]?){14}\d(\d)?$/,
  /** NIB (Nomor Induk Berusaha): 13 digits. */
  businessNumber: /^\d{13}$/,
  /** A bank account number: 6 to 20 digits. */
  bankAccountNumber: /^\d{6,20}$/,
} as const;
