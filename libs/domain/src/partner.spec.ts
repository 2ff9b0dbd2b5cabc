import {
  MATCH_STATUSES,
  PARTNER_ROLES,
  PARTNER_TYPES,
  isMatchStatus,
  isPartnerRole,
  isPartnerType,
} from './partner';

describe('partner vocabulary', () => {
  it('lists the values of docs/domain.md', () => {
    expect(PARTNER_TYPES).toEqual(['BUMN', 'BUMD', 'PRIVATE', 'BANK', 'EXPORTER']);
    expect(PARTNER_ROLES).toEqual(['OFFTAKER', 'DISTRIBUTOR', 'FINANCIER', 'EXPORTER']);
    expect(MATCH_STATUSES).toEqual(['PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED']);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(PARTNER_TYPES)).toBe(true);
    expect(Object.isFrozen(PARTNER_ROLES)).toBe(true);
    expect(Object.isFrozen(MATCH_STATUSES)).toBe(true);
  });

  it('narrows untrusted input to known values only', () => {
    expect(isPartnerType('BUMD')).toBe(true);
    expect(isPartnerType('bumd')).toBe(false);
    expect(isPartnerType('OFFTAKER')).toBe(false);
    expect(isPartnerRole('OFFTAKER')).toBe(true);
    expect(isPartnerRole('BANK')).toBe(false);
    // EXPORTER is both a kind of organisation and a role.
    expect(isPartnerType('EXPORTER') && isPartnerRole('EXPORTER')).toBe(true);
    expect(isMatchStatus('EXPIRED')).toBe(true);
    expect(isMatchStatus('PENDING')).toBe(false);
    expect(isMatchStatus(undefined)).toBe(false);
  });
});
