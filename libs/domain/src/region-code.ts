import { DomainError } from './domain-error';

/**
 * The Ministry of Home Affairs (Kemendagri) village code, `NN.NN.NN.NNNN`: province, regency
 * (kabupaten/kota), district (kecamatan), village (desa/kelurahan). Example: `64.02.01.2001` is
 * Perian, Muara Muntai, Kutai Kartanegara, Kalimantan Timur. Note that BPS statistics codes
 * (`6403`, no dots) are a different scheme and are rejected here.
 */

/** The 38 provinces since the 2022 Papua split. */
export const PROVINCE_CODES = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19',
  '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
] as const;

export type ProvinceCode = (typeof PROVINCE_CODES)[number];

/** A cooperative's kind follows its village's: a desa or an urban kelurahan. */
export type VillageKind = 'DESA' | 'KELURAHAN';

export interface ParsedRegionCode {
  /** The full code as given, `64.02.01.2001`. */
  readonly regionCode: string;
  /** `64` */
  readonly provinceCode: ProvinceCode;
  /** `64.02` */
  readonly regencyCode: string;
  /** `64.02.01` */
  readonly districtCode: string;
  readonly kind: VillageKind;
}

const REGION_CODE_FORMAT = /^(\d{2})\.(\d{2})\.(\d{2})\.(\d)(\d{3})$/;
const REGENCY_CODE_FORMAT = /^(\d{2})\.(\d{2})$/;

/**
 * Permendagri 58/2021: the village part's first digit is 1 for a kelurahan, 2 for a desa and
 * 3 for a desa adat (a customary village, which is a desa for our purposes).
 */
const VILLAGE_KIND_BY_FIRST_DIGIT: Readonly<Record<string, VillageKind>> = {
  '1': 'KELURAHAN',
  '2': 'DESA',
  '3': 'DESA',
};

/**
 * Splits and validates a village code.
 *
 * @throws DomainError with code INVALID_REGION_CODE, saying which part is wrong.
 */
export function parseRegionCode(code: string): ParsedRegionCode {
  const match = typeof code === 'string' ? REGION_CODE_FORMAT.exec(code) : null;
  if (match === null) {
    throw invalidRegionCode(
      code,
      'must have the form NN.NN.NN.NNNN (province.regency.district.village), e.g. 64.02.01.2001',
    );
  }
  const [, province, regency, district, villageKindDigit, villageNumber] = match;

  if (!isKnownProvince(province)) {
    throw invalidRegionCode(code, `province "${province}" is not one of Indonesia's 38 province codes`);
  }
  if (!isNumberedPart(regency)) {
    throw invalidRegionCode(code, `regency "${regency}" must be 01 to 99`);
  }
  if (!isNumberedPart(district)) {
    throw invalidRegionCode(code, `district "${district}" must be 01 to 99`);
  }
  const kind = VILLAGE_KIND_BY_FIRST_DIGIT[villageKindDigit];
  if (kind === undefined) {
    throw invalidRegionCode(
      code,
      `village part "${villageKindDigit}${villageNumber}" must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)`,
    );
  }
  if (!isNumberedPart(villageNumber)) {
    throw invalidRegionCode(code, `village number "${villageNumber}" must be 001 to 999`);
  }

  return {
    regionCode: code,
    provinceCode: province,
    regencyCode: `${province}.${regency}`,
    districtCode: `${province}.${regency}.${district}`,
    kind,
  };
}

/** Whether `code` is a valid village code; parseRegionCode() says why when it is not. */
export function isRegionCode(code: unknown): code is string {
  if (typeof code !== 'string') {
    return false;
  }
  try {
    parseRegionCode(code);
    return true;
  } catch (error) {
    if (error instanceof DomainError) {
      return false;
    }
    throw error;
  }
}

/** A province code such as `64`, as used in filters and in the regions a partner serves. */
export function isProvinceCode(code: unknown): code is ProvinceCode {
  return typeof code === 'string' && isKnownProvince(code);
}

/** A regency (kabupaten/kota) code such as `64.02`; kota are numbered from 71. */
export function isRegencyCode(code: unknown): code is string {
  if (typeof code !== 'string') {
    return false;
  }
  const match = REGENCY_CODE_FORMAT.exec(code);
  return match !== null && isKnownProvince(match[1]) && isNumberedPart(match[2]);
}

function isKnownProvince(code: string): code is ProvinceCode {
  return (PROVINCE_CODES as readonly string[]).includes(code);
}

/** Regency, district and village numbers start at 1; all zeros is never assigned. */
function isNumberedPart(digits: string): boolean {
  return Number(digits) > 0;
}

function invalidRegionCode(code: unknown, problem: string): DomainError {
  return new DomainError('INVALID_REGION_CODE', `Invalid region code "${String(code)}": ${problem}.`);
}
