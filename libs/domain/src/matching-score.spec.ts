import {
  DEFAULT_MATCHES_PER_ROLE,
  MATCH_WEIGHTS,
  NATIONAL_REGION_CODE,
  isEligible,
  rankCandidates,
  scoreCandidate,
  type MatchCandidate,
  type MatchCooperative,
  type MatchPlan,
} from './matching-score';
import type { PartnerRole } from './partner';

const cooperative: MatchCooperative = {
  id: 'coop-perian',
  regencyCode: '64.02',
  provinceCode: '64',
  sectors: ['AGRICULTURE', 'PROCESSED_FOOD'],
};

const plan: MatchPlan = {
  sector: 'AGRICULTURE',
  commodities: ['Padi', 'Jagung', 'Cabai', 'Kedelai'],
  seekingRoles: ['OFFTAKER', 'DISTRIBUTOR'],
  exportReady: false,
  monthlyCapacity: { quantity: 20, unit: 'ton' },
};

function candidate(overrides: Partial<MatchCandidate> & { id: string }): MatchCandidate {
  return {
    name: `Partner ${overrides.id}`,
    type: 'BUMN',
    roles: ['OFFTAKER'],
    sectors: ['AGRICULTURE'],
    commodities: ['padi', 'jagung', 'cabai', 'kedelai'],
    regionCodes: ['64.02'],
    capacity: 10,
    activePartnerships: 0,
    ...overrides,
  };
}

describe('isEligible', () => {
  const base = candidate({ id: 'p-1' });

  it('accepts a partner that meets every rule', () => {
    expect(isEligible(cooperative, plan, base, 'OFFTAKER')).toEqual({ eligible: true });
  });

  it('requires the partner to take the role', () => {
    const result = isEligible(cooperative, plan, base, 'DISTRIBUTOR');
    expect(result).toMatchObject({ eligible: false, code: 'ROLE_NOT_OFFERED' });
    expect(result.why).toContain('DISTRIBUTOR');
  });

  it('requires the plan to seek the role', () => {
    const financier = candidate({ id: 'p-2', roles: ['FINANCIER'] });
    expect(isEligible(cooperative, plan, financier, 'FINANCIER')).toMatchObject({
      eligible: false,
      code: 'ROLE_NOT_SOUGHT',
    });
  });

  it("requires the plan's sector among the partner's sectors", () => {
    const fisheries = candidate({ id: 'p-3', sectors: ['FISHERIES'] });
    const result = isEligible(cooperative, plan, fisheries, 'OFFTAKER');
    expect(result).toMatchObject({ eligible: false, code: 'SECTOR_NOT_SERVED' });
    expect(result.why).toContain('AGRICULTURE');
  });

  it("accepts a partner serving the cooperative's regency, its province or the nation", () => {
    for (const regionCodes of [['64.02'], ['64'], [NATIONAL_REGION_CODE], ['63.01', '64']]) {
      expect(isEligible(cooperative, plan, candidate({ id: 'p-4', regionCodes }), 'OFFTAKER').eligible).toBe(true);
    }
  });

  it('rejects a partner serving only other regions', () => {
    for (const regionCodes of [['64.03'], ['63'], ['63.01', '65'], []]) {
      expect(isEligible(cooperative, plan, candidate({ id: 'p-5', regionCodes }), 'OFFTAKER')).toMatchObject({
        eligible: false,
        code: 'REGION_NOT_SERVED',
      });
    }
  });

  it('requires capacity left', () => {
    const full = candidate({ id: 'p-6', capacity: 3, activePartnerships: 3 });
    const over = candidate({ id: 'p-7', capacity: 3, activePartnerships: 4 });
    const noCapacity = candidate({ id: 'p-8', capacity: 0, activePartnerships: 0 });
    const oneLeft = candidate({ id: 'p-9', capacity: 3, activePartnerships: 2 });
    for (const partner of [full, over, noCapacity]) {
      const result = isEligible(cooperative, plan, partner, 'OFFTAKER');
      expect(result).toMatchObject({ eligible: false, code: 'NO_CAPACITY_LEFT' });
      expect(result.why).toEqual(expect.any(String));
    }
    expect(isEligible(cooperative, plan, oneLeft, 'OFFTAKER').eligible).toBe(true);
  });
});

describe('scoreCandidate', () => {
  it('gives a perfect local offtaker 90: export readiness is not scored for non-exporters', () => {
    const score = scoreCandidate(cooperative, plan, candidate({ id: 'p-1' }), 'OFFTAKER');
    expect(score).toMatchObject({
      partnerId: 'p-1',
      role: 'OFFTAKER',
      score: 90,
      components: { sector: 30, commodity: 25, region: 25, capacity: 10, export: 0 },
    });
  });

  it('gives a perfect exporter for an export-ready plan 100', () => {
    const exporter = candidate({ id: 'p-x', type: 'EXPORTER', roles: ['EXPORTER'] });
    const score = scoreCandidate(cooperative, { ...plan, exportReady: true }, exporter, 'EXPORTER');
    expect(score.score).toBe(100);
    expect(score.components.export).toBe(MATCH_WEIGHTS.export);
  });

  it('gives an exporter no export points when the plan is not export-ready', () => {
    const exporter = candidate({ id: 'p-x', type: 'EXPORTER', roles: ['EXPORTER'] });
    const score = scoreCandidate(cooperative, plan, exporter, 'EXPORTER');
    expect(score.components.export).toBe(0);
    expect(score.score).toBe(90);
    expect(score.reasons.map((reason) => reason.code)).toContain('EXPORT_NOT_READY');
  });

  it('weights sum to 100', () => {
    const { sector, commodity, region, capacity } = MATCH_WEIGHTS;
    expect(sector + commodity + region.regency + capacity + MATCH_WEIGHTS.export).toBe(100);
  });

  it('scores the closest region the partner serves', () => {
    const regionPoints = (regionCodes: string[]) =>
      scoreCandidate(cooperative, plan, candidate({ id: 'p', regionCodes }), 'OFFTAKER').components.region;
    expect(regionPoints(['64.02'])).toBe(25);
    expect(regionPoints(['64'])).toBe(15);
    expect(regionPoints([NATIONAL_REGION_CODE])).toBe(8);
    expect(regionPoints([NATIONAL_REGION_CODE, '64', '64.02'])).toBe(25);
    expect(regionPoints([NATIONAL_REGION_CODE, '64'])).toBe(15);
    expect(regionPoints(['64.03'])).toBe(0);
  });

  it('scores commodity overlap as the share of the plan’s commodities, case-insensitively', () => {
    const commodityPoints = (commodities: string[], planCommodities = plan.commodities) =>
      scoreCandidate(
        cooperative,
        { ...plan, commodities: planCommodities },
        candidate({ id: 'p', commodities }),
        'OFFTAKER',
      ).components.commodity;
    expect(commodityPoints(['PADI', ' jagung ', 'cabai', 'kedelai', 'kopi'])).toBe(25);
    expect(commodityPoints(['padi', 'jagung'])).toBe(13); // 2/4 × 25 = 12.5, rounded
    expect(commodityPoints(['padi'])).toBe(6); // 1/4 × 25 = 6.25
    expect(commodityPoints(['kopi'])).toBe(0);
    expect(commodityPoints([])).toBe(0);
    expect(commodityPoints(['padi'], [])).toBe(0);
    expect(commodityPoints(['padi'], ['Padi', 'padi'])).toBe(25); // the plan's duplicates count once
  });

  it('scores capacity headroom on a 0..10 scale', () => {
    const capacityPoints = (capacity: number, activePartnerships: number) =>
      scoreCandidate(cooperative, plan, candidate({ id: 'p', capacity, activePartnerships }), 'OFFTAKER').components
        .capacity;
    expect(capacityPoints(10, 0)).toBe(10);
    expect(capacityPoints(10, 3)).toBe(7);
    expect(capacityPoints(3, 2)).toBe(3); // 3.33
    expect(capacityPoints(4, 1)).toBe(8); // 7.5 rounds up
    expect(capacityPoints(5, 5)).toBe(0);
    expect(capacityPoints(0, 0)).toBe(0);
  });

  it('gives no sector points to a partner outside the plan’s sector', () => {
    const score = scoreCandidate(cooperative, plan, candidate({ id: 'p', sectors: ['FISHERIES'] }), 'OFFTAKER');
    expect(score.components.sector).toBe(0);
    expect(score.reasons[0].code).toBe('SECTOR_MISMATCH');
  });

  it('always yields an integer between 0 and 100 equal to the sum of its components', () => {
    const partners = [
      candidate({ id: 'a', commodities: ['padi'], capacity: 3, activePartnerships: 1, regionCodes: ['64'] }),
      candidate({ id: 'b', commodities: ['jagung', 'cabai', 'x'], capacity: 7, activePartnerships: 2 }),
      candidate({ id: 'c', commodities: [], capacity: 9, activePartnerships: 8, regionCodes: ['NATIONAL'] }),
      candidate({ id: 'd', sectors: [], regionCodes: [], capacity: 1, activePartnerships: 1 }),
    ];
    for (const role of ['OFFTAKER', 'EXPORTER'] as PartnerRole[]) {
      for (const partner of partners) {
        const score = scoreCandidate(cooperative, { ...plan, commodities: ['Padi', 'Jagung', 'Kopi'] }, partner, role);
        const sum = Object.values(score.components).reduce((total, points) => total + points, 0);
        expect(Number.isInteger(score.score)).toBe(true);
        expect(score.score).toBe(sum);
        expect(score.score).toBeGreaterThanOrEqual(0);
        expect(score.score).toBeLessThanOrEqual(100);
      }
    }
  });

  it('explains every component with a reason: a code and its parameters, no words', () => {
    const roles: PartnerRole[] = ['OFFTAKER', 'EXPORTER'];
    const partners = [
      candidate({ id: 'a', roles: ['OFFTAKER', 'EXPORTER'] }),
      candidate({ id: 'b', regionCodes: ['64'], commodities: ['kopi'], capacity: 2, activePartnerships: 2 }),
      candidate({ id: 'c', regionCodes: ['NATIONAL'], sectors: ['FISHERIES'] }),
    ];
    for (const role of roles) {
      for (const partner of partners) {
        const score = scoreCandidate(cooperative, { ...plan, exportReady: true }, partner, role);
        expect(score.reasons).toHaveLength(5);
        expect(score.reasons.map((reason) => reason.code.split('_')[0])).toEqual([
          'SECTOR',
          'COMMODITY',
          'REGION',
          'CAPACITY',
          'EXPORT',
        ]);
        for (const reason of score.reasons) {
          expect(Object.keys(reason).sort()).toEqual(['code', 'params']);
          expect(typeof reason.params).toBe('object');
        }
      }
    }
  });

  it('names the region, the shared commodities and the headroom in its reasons', () => {
    const score = scoreCandidate(
      cooperative,
      plan,
      candidate({ id: 'p', commodities: ['padi', 'jagung'], capacity: 5, activePartnerships: 2 }),
      'OFFTAKER',
    );
    const [sector, commodity, region, capacity, exportReason] = score.reasons;
    expect(sector).toEqual({ code: 'SECTOR_MATCH', params: { sector: 'AGRICULTURE' } });
    expect(commodity).toEqual({ code: 'COMMODITY_OVERLAP', params: { shared: ['Padi', 'Jagung'], planCommodityCount: 4 } });
    expect(region).toEqual({ code: 'REGION_REGENCY', params: { regencyCode: '64.02', isCity: false } });
    expect(capacity).toEqual({ code: 'CAPACITY_HEADROOM', params: { free: 3, capacity: 5 } });
    expect(exportReason).toEqual({ code: 'EXPORT_NOT_SCORED', params: { role: 'OFFTAKER', maximumScore: 90 } });
  });

  it('calls a city (kota) a city', () => {
    const samarinda = { ...cooperative, regencyCode: '64.72' };
    const score = scoreCandidate(samarinda, plan, candidate({ id: 'p', regionCodes: ['64.72'] }), 'OFFTAKER');
    expect(score.reasons[2]).toEqual({ code: 'REGION_REGENCY', params: { regencyCode: '64.72', isCity: true } });
  });
});

describe('rankCandidates', () => {
  it('keeps the closest region first', () => {
    const partners = [
      candidate({ id: 'national', regionCodes: ['NATIONAL'] }),
      candidate({ id: 'province', regionCodes: ['64'] }),
      candidate({ id: 'regency', regionCodes: ['64.02'] }),
    ];
    const ranked = rankCandidates(cooperative, { ...plan, seekingRoles: ['OFFTAKER'] }, partners);
    expect(ranked.map((score) => score.partnerId)).toEqual(['regency', 'province', 'national']);
    expect(ranked.map((score) => score.score)).toEqual([90, 80, 73]);
  });

  it('ranks a larger commodity overlap higher', () => {
    const partners = [
      candidate({ id: 'one', commodities: ['padi'] }),
      candidate({ id: 'all', commodities: ['padi', 'jagung', 'cabai', 'kedelai'] }),
      candidate({ id: 'two', commodities: ['padi', 'jagung'] }),
    ];
    const ranked = rankCandidates(cooperative, { ...plan, seekingRoles: ['OFFTAKER'] }, partners);
    expect(ranked.map((score) => score.partnerId)).toEqual(['all', 'two', 'one']);
  });

  it('breaks equal scores by capacity headroom, then by partnerId ascending', () => {
    const partners = [
      // 8/10 and 4/5 headroom: both 8 capacity points, same score, same exact headroom.
      candidate({ id: 'p-c', capacity: 10, activePartnerships: 2 }),
      candidate({ id: 'p-a', capacity: 5, activePartnerships: 1 }),
      candidate({ id: 'p-b', capacity: 10, activePartnerships: 2 }),
      // 0.75 headroom: also 8 capacity points (7.5 rounded), but less headroom.
      candidate({ id: 'p-0', capacity: 4, activePartnerships: 1 }),
    ];
    const options = { perRole: 10 };
    const ranked = rankCandidates(cooperative, { ...plan, seekingRoles: ['OFFTAKER'] }, partners, options);
    expect(new Set(ranked.map((score) => score.score)).size).toBe(1);
    expect(ranked.map((score) => score.partnerId)).toEqual(['p-a', 'p-b', 'p-c', 'p-0']);
    // The input order does not matter.
    const reversed = rankCandidates(cooperative, { ...plan, seekingRoles: ['OFFTAKER'] }, [...partners].reverse(), options);
    expect(reversed).toEqual(ranked);
  });

  it('keeps the best perRole per role, default 3', () => {
    const partners = ['a', 'b', 'c', 'd', 'e'].map((id) => candidate({ id, roles: ['OFFTAKER', 'DISTRIBUTOR'] }));
    expect(DEFAULT_MATCHES_PER_ROLE).toBe(3);
    const byDefault = rankCandidates(cooperative, plan, partners);
    expect(byDefault.map((score) => `${score.role}:${score.partnerId}`)).toEqual([
      'OFFTAKER:a',
      'OFFTAKER:b',
      'OFFTAKER:c',
      'DISTRIBUTOR:a',
      'DISTRIBUTOR:b',
      'DISTRIBUTOR:c',
    ]);
    expect(rankCandidates(cooperative, plan, partners, { perRole: 1 })).toHaveLength(2);
    expect(rankCandidates(cooperative, plan, partners, { perRole: 0 })).toEqual([]);
    expect(() => rankCandidates(cooperative, plan, partners, { perRole: -1 })).toThrow(RangeError);
    expect(() => rankCandidates(cooperative, plan, partners, { perRole: 1.5 })).toThrow(RangeError);
  });

  it('orders the output by the plan’s seekingRoles, then rank', () => {
    const partners = [
      candidate({ id: 'dist-1', roles: ['DISTRIBUTOR'] }),
      candidate({ id: 'off-2', roles: ['OFFTAKER'], regionCodes: ['64'] }),
      candidate({ id: 'off-1', roles: ['OFFTAKER'] }),
      candidate({ id: 'exp-1', roles: ['EXPORTER'] }),
    ];
    const ranked = rankCandidates(
      cooperative,
      { ...plan, seekingRoles: ['DISTRIBUTOR', 'OFFTAKER', 'DISTRIBUTOR'] },
      partners,
    );
    expect(ranked.map((score) => `${score.role}:${score.partnerId}`)).toEqual([
      'DISTRIBUTOR:dist-1',
      'OFFTAKER:off-1',
      'OFFTAKER:off-2',
    ]);
  });

  it('leaves out ineligible partners', () => {
    const partners = [
      candidate({ id: 'ok' }),
      candidate({ id: 'full', capacity: 2, activePartnerships: 2 }),
      candidate({ id: 'far', regionCodes: ['31.71'] }),
      candidate({ id: 'fish', sectors: ['FISHERIES'] }),
      candidate({ id: 'bank', roles: ['FINANCIER'] }),
    ];
    const ranked = rankCandidates(cooperative, plan, partners);
    expect(ranked.map((score) => score.partnerId)).toEqual(['ok']);
  });

  it('never proposes an excluded (declined) partner', () => {
    const partners = [candidate({ id: 'best' }), candidate({ id: 'next', regionCodes: ['64'] })];
    const ranked = rankCandidates(cooperative, { ...plan, seekingRoles: ['OFFTAKER'] }, partners, {
      excludePartnerIds: ['best'],
    });
    expect(ranked.map((score) => score.partnerId)).toEqual(['next']);
  });

  it('rewards an export-ready plan for the exporter role only', () => {
    const both = candidate({ id: 'both', type: 'EXPORTER', roles: ['OFFTAKER', 'EXPORTER'] });
    const ranked = rankCandidates(cooperative, { ...plan, seekingRoles: ['OFFTAKER', 'EXPORTER'], exportReady: true }, [
      both,
    ]);
    // A partner that fits two roles is proposed for each.
    expect(ranked.map((score) => [score.role, score.partnerId, score.score])).toEqual([
      ['OFFTAKER', 'both', 90],
      ['EXPORTER', 'both', 100],
    ]);
  });

  it('considers a candidate listed twice once', () => {
    const partner = candidate({ id: 'dup' });
    const ranked = rankCandidates(cooperative, { ...plan, seekingRoles: ['OFFTAKER'] }, [partner, partner]);
    expect(ranked).toHaveLength(1);
  });

  it('returns nothing when no candidate fits', () => {
    expect(rankCandidates(cooperative, plan, [])).toEqual([]);
  });
});
