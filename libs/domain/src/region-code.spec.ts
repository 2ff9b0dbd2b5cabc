import { DomainError } from './domain-error';
import { PROVINCE_CODES, isProvinceCode, isRegencyCode, isRegionCode, parseRegionCode } from './region-code';

function parseError(code: string): DomainError {
  try {
    parseRegionCode(code);
  } catch (error) {
    if (error instanceof DomainError) {
      return error;
    }
    throw error;
  }
  throw new Error(`expected "${code}" to be refused`);
}

describe('parseRegionCode', () => {
  it('parses a desa (village part starting with 2)', () => {
    expect(parseRegionCode('64.02.01.2001')).toEqual({
      regionCode: '64.02.01.2001',
      provinceCode: '64',
      regencyCode: '64.02',
      districtCode: '64.02.01',
      kind: 'DESA',
    });
  });

  it('parses a kelurahan (village part starting with 1)', () => {
    expect(parseRegionCode('64.02.06.1001')).toEqual({
      regionCode: '64.02.06.1001',
      provinceCode: '64',
      regencyCode: '64.02',
      districtCode: '64.02.06',
      kind: 'KELURAHAN',
    });
  });

  it('treats a desa adat (village part starting with 3) as a desa', () => {
    expect(parseRegionCode('51.03.01.3001')).toMatchObject({ kind: 'DESA', districtCode: '51.03.01' });
  });

  it.each([
    // Real Kukar codes, including a desa inside a kelurahan-heavy district and a kota.
    ['64.02.06.2012', 'DESA'],
    ['64.02.20.2004', 'DESA'],
    ['64.02.20.1010', 'KELURAHAN'],
    ['64.72.01.1001', 'KELURAHAN'],
    ['96.01.01.2001', 'DESA'],
    ['11.01.01.2999', 'DESA'],
  ])('parses %s as %s', (code, kind) => {
    expect(parseRegionCode(code).kind).toBe(kind);
  });

  it.each([
    ['', 'empty'],
    ['6402012001', 'no dots'],
    ['64.02.01', 'district code only'],
    ['64.02.01.200', 'three-digit village part'],
    ['64.02.01.20011', 'five-digit village part'],
    ['64.2.01.2001', 'one-digit regency'],
    ['64-02-01-2001', 'wrong separator'],
    [' 64.02.01.2001', 'leading space'],
    ['64.02.01.2001 ', 'trailing space'],
    ['64.02.01.2001\n', 'trailing newline'],
    ['6a.02.01.2001', 'letter'],
    ['64.02.01.２００１', 'non-ASCII digits'],
    ['6403', 'a BPS code'],
  ])('refuses "%s" (%s) as malformed', (code) => {
    const error = parseError(code);
    expect(error.code).toBe('INVALID_REGION_CODE');
    expect(error.message).toContain('NN.NN.NN.NNNN');
  });

  it.each(['00', '10', '20', '37', '54', '66', '90', '97', '99'])('refuses unknown province %s', (province) => {
    const error = parseError(`${province}.02.01.2001`);
    expect(error.code).toBe('INVALID_REGION_CODE');
    expect(error.message).toContain(`province "${province}"`);
  });

  it('refuses regency 00', () => {
    expect(parseError('64.00.01.2001').message).toContain('regency "00" must be 01 to 99');
  });

  it('refuses district 00', () => {
    expect(parseError('64.02.00.2001').message).toContain('district "00" must be 01 to 99');
  });

  it.each(['0001', '4001', '5001', '9001'])('refuses village part %s (not 1, 2 or 3 first)', (village) => {
    const error = parseError(`64.02.01.${village}`);
    expect(error.code).toBe('INVALID_REGION_CODE');
    expect(error.message).toContain(`village part "${village}" must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)`);
  });

  it.each(['1000', '2000', '3000'])('refuses village number 000 (%s)', (village) => {
    expect(parseError(`64.02.01.${village}`).message).toContain('village number "000" must be 001 to 999');
  });

  it('refuses a value that is not a string (untyped input)', () => {
    expect(() => parseRegionCode(6402012001 as unknown as string)).toThrow(DomainError);
  });

  it('names the code it refused', () => {
    expect(parseError('99.02.01.2001').message).toMatch(/^Invalid region code "99\.02\.01\.2001": /);
  });
});

describe('isRegionCode', () => {
  it('accepts what parseRegionCode accepts and refuses the rest', () => {
    expect(isRegionCode('64.02.01.2001')).toBe(true);
    expect(isRegionCode('64.02.01.4001')).toBe(false);
    expect(isRegionCode('64.02')).toBe(false);
    expect(isRegionCode(undefined)).toBe(false);
  });
});

describe('isProvinceCode', () => {
  it('knows the 38 provinces', () => {
    expect(PROVINCE_CODES).toHaveLength(38);
    expect(new Set(PROVINCE_CODES).size).toBe(38);
    for (const province of PROVINCE_CODES) {
      expect(isProvinceCode(province)).toBe(true);
    }
  });

  it.each(['00', '10', '99', '6', '640', '64.02', ' 64', '', null, 64])('refuses %p', (value) => {
    expect(isProvinceCode(value)).toBe(false);
  });
});

describe('isRegencyCode', () => {
  it.each(['64.02', '64.72', '11.01', '96.99'])('accepts %s', (value) => {
    expect(isRegencyCode(value)).toBe(true);
  });

  it.each(['64', '64.2', '6402', '64.00', '99.02', '64.02.01', '64.02 ', '', null, 6402])('refuses %p', (value) => {
    expect(isRegencyCode(value)).toBe(false);
  });
});
