import { changedProfileFields, missingBankIdentifiers } from './cooperative-profile';

describe('changedProfileFields', () => {
  const current = {
    name: 'Koperasi Perian',
    memberCount: 25,
    sectors: ['AGRICULTURE', 'FISHERIES'],
    taxNumber: null,
    bankAccount: { bankName: 'BRI', accountNumber: '0123456789', accountHolder: 'Koperasi Perian' },
  };

  it('lists only the fields whose value differs, in profile order', () => {
    expect(changedProfileFields(current, { taxNumber: '0123456789012345', memberCount: 25, name: 'Koperasi Desa Perian' })).toEqual(['name', 'taxNumber']);
  });

  it('compares sectors regardless of order and objects by content', () => {
    expect(
      changedProfileFields(current, {
        sectors: ['FISHERIES', 'AGRICULTURE'],
        bankAccount: { accountHolder: 'Koperasi Perian', accountNumber: '0123456789', bankName: 'BRI' },
      }),
    ).toEqual([]);
    expect(changedProfileFields(current, { bankAccount: { ...current.bankAccount, accountNumber: '999999' } })).toEqual(['bankAccount']);
  });

  it('treats null as a change (clearing) and undefined as no change', () => {
    expect(changedProfileFields(current, { bankAccount: null, memberCount: undefined })).toEqual(['bankAccount']);
  });
});

describe('missingBankIdentifiers', () => {
  it('lists the identifiers that are null, absent or blank', () => {
    expect(missingBankIdentifiers({ legalEntityNumber: 'AHU-1', cooperativeNumber: ' ', taxNumber: null, bankAccount: { bankName: 'BRI' } })).toEqual([
      'cooperativeNumber',
      'taxNumber',
      'businessNumber',
    ]);
  });
});
