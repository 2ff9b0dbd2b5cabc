import { parseRegionCode } from '../region-code';
import { decideRegistration } from './registration.decision';

describe('decideRegistration', () => {
  it('starts the cooperative REGISTERED with its region in the event', () => {
    const decision = decideRegistration({ name: 'KDMP Perian', kind: 'DESA', region: parseRegionCode('64.02.01.2001'), missingIdentifiers: ['taxNumber'] });
    expect(decision.from).toBeNull();
    expect(decision.to).toBe('REGISTERED');
    expect(decision.events).toEqual([
      {
        type: 'cooperative.registered',
        payload: {
          name: 'KDMP Perian',
          kind: 'DESA',
          regionCode: '64.02.01.2001',
          districtCode: '64.02.01',
          regencyCode: '64.02',
          provinceCode: '64',
          missingIdentifiers: ['taxNumber'],
        },
      },
    ]);
    expect(decision.timers).toEqual([]);
    expect(decision.changes).toEqual([]);
  });
});
