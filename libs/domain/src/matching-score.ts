import type { PartnerRole, PartnerType } from './partner';

/**
 * Automated partner matching (docs/domain.md, "Matching (automated)"), as pure functions: who may be
 * proposed to a cooperative (isEligible), how well each candidate fits (scoreCandidate, with a
 * reason per component: a code and its parameters, worded by @kdmp/i18n where shown), and the
 * best few per role sought (rankCandidates).
 *
 * The database query that finds candidates applies the same filters as isEligible on indexed
 * columns; isEligible is the definition, used in tests and as a guard on the query's result.
 *
 * Weights (MATCH_WEIGHTS), 100 points at most, always an integer:
 * - sector     30  the candidate works in the plan's sector (candidates are pre-filtered on it,
 *                  so normally 30; 0 when it does not).
 * - commodity  25  share of the plan's commodities the candidate handles:
 *                  round(|overlap| / |plan commodities| × 25), compared case-insensitively and
 *                  ignoring surrounding spaces; 0 when the plan names no commodity.
 * - region     25  the closest region the candidate serves: the cooperative's regency 25, its
 *                  province 15, the whole nation 8 (0 when it serves none of them).
 * - capacity   10  headroom: round((capacity − active partnerships) / capacity × 10), 0..10.
 * - export     10  only for the EXPORTER role: 10 when the plan is export-ready, else 0.
 *                  For every other role export readiness is not scored: the component is 0 and
 *                  the maximum for that role is 90. Ranking is per role, so this never favours
 *                  one role's candidates over another's; it only means a perfect offtaker shows
 *                  90, not 100 (the export reason says so).
 * The plan's monthly capacity is not scored: partners record how many partnerships they take,
 * not a volume to compare it with.
 */

/** The region code a partner serving the whole of Indonesia lists. */
export const NATIONAL_REGION_CODE = 'NATIONAL';

export const MATCH_WEIGHTS = Object.freeze({
  sector: 30,
  commodity: 25,
  region: Object.freeze({ regency: 25, province: 15, national: 8 }),
  capacity: 10,
  export: 10,
} as const);

/** How many candidates are proposed per role sought, by default (docs/domain.md: 3). */
export const DEFAULT_MATCHES_PER_ROLE = 3;

/** The cooperative being matched, as far as matching needs it. */
export interface MatchCooperative {
  readonly id: string;
  /** `64.02` */
  readonly regencyCode: string;
  /** `64` */
  readonly provinceCode: string;
  readonly sectors: readonly string[];
}

/** The cooperative's current (approved) business plan, as far as matching needs it. */
export interface MatchPlan {
  readonly sector: string;
  readonly commodities: readonly string[];
  readonly seekingRoles: readonly PartnerRole[];
  readonly exportReady: boolean;
  readonly monthlyCapacity: { readonly quantity: number; readonly unit: string };
}

/** A partner that might be proposed. */
export interface MatchCandidate {
  readonly id: string;
  readonly name: string;
  readonly type: PartnerType;
  readonly roles: readonly PartnerRole[];
  readonly sectors: readonly string[];
  readonly commodities: readonly string[];
  /** Regency codes (`64.02`), province codes (`64`), or NATIONAL_REGION_CODE. */
  readonly regionCodes: readonly string[];
  /** How many active partnerships the partner takes. */
  readonly capacity: number;
  readonly activePartnerships: number;
  readonly createdAt?: string;
}

export const MATCH_REASON_CODES = [
  'SECTOR_MATCH',
  'SECTOR_MISMATCH',
  'COMMODITY_OVERLAP',
  'COMMODITY_NO_OVERLAP',
  'COMMODITY_NONE_IN_PLAN',
  'REGION_REGENCY',
  'REGION_PROVINCE',
  'REGION_NATIONAL',
  'REGION_NOT_SERVED',
  'CAPACITY_HEADROOM',
  'CAPACITY_FULL',
  'EXPORT_READY',
  'EXPORT_NOT_READY',
  'EXPORT_NOT_SCORED',
] as const;

export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

interface NoParams {}

/** What each reason names, by code. */
export interface MatchReasonParams {
  SECTOR_MATCH: { sector: string };
  SECTOR_MISMATCH: { sector: string };
  /** `shared`: the plan's commodities the partner handles, in the plan's spelling. */
  COMMODITY_OVERLAP: { shared: string[]; planCommodityCount: number };
  COMMODITY_NO_OVERLAP: { planCommodityCount: number };
  COMMODITY_NONE_IN_PLAN: NoParams;
  /** `isCity`: the regency is a city (kota), numbered from 71. */
  REGION_REGENCY: { regencyCode: string; isCity: boolean };
  REGION_PROVINCE: { provinceCode: string };
  REGION_NATIONAL: NoParams;
  REGION_NOT_SERVED: { regencyCode: string; provinceCode: string };
  CAPACITY_HEADROOM: { free: number; capacity: number };
  CAPACITY_FULL: { activePartnerships: number; capacity: number };
  EXPORT_READY: NoParams;
  EXPORT_NOT_READY: NoParams;
  /** `maximumScore`: the most a candidate for this role can score without the export component. */
  EXPORT_NOT_SCORED: { role: PartnerRole; maximumScore: number };
}

/** One reason behind a score: a code and what it names. */
export type MatchReason = { [C in MatchReasonCode]: { readonly code: C; readonly params: MatchReasonParams[C] } }[MatchReasonCode];

export interface MatchScoreComponents {
  readonly sector: number;
  readonly commodity: number;
  readonly region: number;
  readonly capacity: number;
  readonly export: number;
}

export interface MatchScore {
  readonly partnerId: string;
  readonly role: PartnerRole;
  /** 0..100, an integer: the sum of the components. */
  readonly score: number;
  readonly components: MatchScoreComponents;
  /** One reason per component, in the order sector, commodity, region, capacity, export. */
  readonly reasons: readonly MatchReason[];
}

export const INELIGIBILITY_CODES = [
  'ROLE_NOT_OFFERED',
  'ROLE_NOT_SOUGHT',
  'SECTOR_NOT_SERVED',
  'REGION_NOT_SERVED',
  'NO_CAPACITY_LEFT',
] as const;

export type IneligibilityCode = (typeof INELIGIBILITY_CODES)[number];

export interface Eligibility {
  readonly eligible: boolean;
  /** Why not, when not eligible (the first rule that fails). */
  readonly why?: string;
  readonly code?: IneligibilityCode;
}

export interface RankOptions {
  /** The best this many per role sought; default DEFAULT_MATCHES_PER_ROLE. */
  readonly perRole?: number;
  /** Partners never to propose, e.g. those that declined this cooperative. */
  readonly excludePartnerIds?: readonly string[];
}

// Eligibility -----------------------------------------------------------------------------

/**
 * Whether a partner may be proposed to the cooperative for the role: it takes the role, the
 * plan seeks it, it works in the plan's sector, it serves the cooperative's regency, province or
 * the whole nation, and it has capacity left. Declined partners are excluded by rankCandidates.
 */
export function isEligible(
  cooperative: MatchCooperative,
  plan: MatchPlan,
  candidate: MatchCandidate,
  role: PartnerRole,
): Eligibility {
  if (!candidate.roles.includes(role)) {
    return ineligible('ROLE_NOT_OFFERED', `Partner ${candidate.id} does not act as ${role}.`);
  }
  if (!plan.seekingRoles.includes(role)) {
    return ineligible('ROLE_NOT_SOUGHT', `The business plan does not seek a partner as ${role}.`);
  }
  if (!candidate.sectors.includes(plan.sector)) {
    return ineligible('SECTOR_NOT_SERVED', `Partner ${candidate.id} does not work in the ${plan.sector} sector.`);
  }
  if (closestRegion(cooperative, candidate) === null) {
    return ineligible(
      'REGION_NOT_SERVED',
      `Partner ${candidate.id} serves neither regency ${cooperative.regencyCode}, province ` +
        `${cooperative.provinceCode}, nor the whole nation.`,
    );
  }
  if (!(candidate.activePartnerships < candidate.capacity)) {
    return ineligible(
      'NO_CAPACITY_LEFT',
      `Partner ${candidate.id} has no capacity left (${candidate.activePartnerships} of ${candidate.capacity} partnerships active).`,
    );
  }
  return { eligible: true };
}

function ineligible(code: IneligibilityCode, why: string): Eligibility {
  return { eligible: false, why, code };
}

// Scoring ---------------------------------------------------------------------------------

/** Scores one candidate for one role; see the weights at the top of this file. */
export function scoreCandidate(
  cooperative: MatchCooperative,
  plan: MatchPlan,
  candidate: MatchCandidate,
  role: PartnerRole,
): MatchScore {
  const sector = scoreSector(plan, candidate);
  const commodity = scoreCommodity(plan, candidate);
  const region = scoreRegion(cooperative, candidate);
  const capacity = scoreCapacity(candidate);
  const exportReadiness = scoreExport(plan, role);
  const parts = [sector, commodity, region, capacity, exportReadiness];
  const total = parts.reduce((sum, part) => sum + part.points, 0);
  return {
    partnerId: candidate.id,
    role,
    score: Math.min(100, Math.max(0, total)),
    components: {
      sector: sector.points,
      commodity: commodity.points,
      region: region.points,
      capacity: capacity.points,
      export: exportReadiness.points,
    },
    reasons: parts.map((part) => part.reason),
  };
}

interface ScoredPart {
  readonly points: number;
  readonly reason: MatchReason;
}

function scoreSector(plan: MatchPlan, candidate: MatchCandidate): ScoredPart {
  if (candidate.sectors.includes(plan.sector)) {
    return { points: MATCH_WEIGHTS.sector, reason: { code: 'SECTOR_MATCH', params: { sector: plan.sector } } };
  }
  return { points: 0, reason: { code: 'SECTOR_MISMATCH', params: { sector: plan.sector } } };
}

function scoreCommodity(plan: MatchPlan, candidate: MatchCandidate): ScoredPart {
  // The plan's commodities, once each, in the plan's own spelling.
  const planCommodities = new Map<string, string>();
  for (const commodity of plan.commodities) {
    const key = normalizeCommodity(commodity);
    if (key !== '' && !planCommodities.has(key)) {
      planCommodities.set(key, commodity.trim());
    }
  }
  if (planCommodities.size === 0) {
    return { points: 0, reason: { code: 'COMMODITY_NONE_IN_PLAN', params: {} } };
  }
  const handled = new Set(candidate.commodities.map(normalizeCommodity));
  const shared = [...planCommodities].filter(([key]) => handled.has(key)).map(([, spelling]) => spelling);
  const planCommodityCount = planCommodities.size;
  if (shared.length === 0) {
    return { points: 0, reason: { code: 'COMMODITY_NO_OVERLAP', params: { planCommodityCount } } };
  }
  return {
    points: Math.round((shared.length / planCommodityCount) * MATCH_WEIGHTS.commodity),
    reason: { code: 'COMMODITY_OVERLAP', params: { shared, planCommodityCount } },
  };
}

function normalizeCommodity(commodity: string): string {
  return commodity.trim().toLowerCase();
}

type RegionReach = 'regency' | 'province' | 'national';

/** The closest of the cooperative's regions the candidate serves, or null. */
function closestRegion(cooperative: MatchCooperative, candidate: MatchCandidate): RegionReach | null {
  if (candidate.regionCodes.includes(cooperative.regencyCode)) {
    return 'regency';
  }
  if (candidate.regionCodes.includes(cooperative.provinceCode)) {
    return 'province';
  }
  if (candidate.regionCodes.includes(NATIONAL_REGION_CODE)) {
    return 'national';
  }
  return null;
}

function scoreRegion(cooperative: MatchCooperative, candidate: MatchCandidate): ScoredPart {
  const { regencyCode, provinceCode } = cooperative;
  switch (closestRegion(cooperative, candidate)) {
    case 'regency':
      return {
        points: MATCH_WEIGHTS.region.regency,
        // Regencies are numbered from 01, cities (kota) from 71 (region-code.ts).
        reason: { code: 'REGION_REGENCY', params: { regencyCode, isCity: Number(regencyCode.split('.')[1]) >= 71 } },
      };
    case 'province':
      return { points: MATCH_WEIGHTS.region.province, reason: { code: 'REGION_PROVINCE', params: { provinceCode } } };
    case 'national':
      return { points: MATCH_WEIGHTS.region.national, reason: { code: 'REGION_NATIONAL', params: {} } };
    case null:
      return { points: 0, reason: { code: 'REGION_NOT_SERVED', params: { regencyCode, provinceCode } } };
  }
}

function scoreCapacity(candidate: MatchCandidate): ScoredPart {
  const { capacity, activePartnerships } = candidate;
  const free = Math.max(0, capacity - activePartnerships);
  if (!(capacity > 0) || free === 0) {
    return { points: 0, reason: { code: 'CAPACITY_FULL', params: { activePartnerships, capacity } } };
  }
  return {
    points: Math.min(MATCH_WEIGHTS.capacity, Math.round((free / capacity) * MATCH_WEIGHTS.capacity)),
    reason: { code: 'CAPACITY_HEADROOM', params: { free, capacity } },
  };
}

function scoreExport(plan: MatchPlan, role: PartnerRole): ScoredPart {
  if (role !== 'EXPORTER') {
    return { points: 0, reason: { code: 'EXPORT_NOT_SCORED', params: { role, maximumScore: 100 - MATCH_WEIGHTS.export } } };
  }
  if (plan.exportReady) {
    return { points: MATCH_WEIGHTS.export, reason: { code: 'EXPORT_READY', params: {} } };
  }
  return { points: 0, reason: { code: 'EXPORT_NOT_READY', params: {} } };
}

// Ranking ---------------------------------------------------------------------------------

/**
 * The proposals to make: for each role in plan.seekingRoles (in that order, each role once),
 * the eligible candidates that are not excluded, scored, best first, at most `perRole` of them.
 * Ties are broken deterministically: the higher capacity headroom (free share of capacity, exact)
 * first, then partnerId ascending (code-unit order, independent of locale).
 *
 * A partner that takes two of the roles sought may appear once for each role: the cooperative
 * may well want the same firm as offtaker and distributor, and each proposal is answered on
 * its own. A candidate listed twice (same id) is considered once.
 */
export function rankCandidates(
  cooperative: MatchCooperative,
  plan: MatchPlan,
  candidates: readonly MatchCandidate[],
  options: RankOptions = {},
): MatchScore[] {
  const perRole = options.perRole ?? DEFAULT_MATCHES_PER_ROLE;
  if (!Number.isInteger(perRole) || perRole < 0) {
    throw new RangeError(`perRole must be a whole number ≥ 0, got ${perRole}`);
  }
  const excluded = new Set(options.excludePartnerIds ?? []);
  const unique = new Map<string, MatchCandidate>();
  for (const candidate of candidates) {
    if (!excluded.has(candidate.id) && !unique.has(candidate.id)) {
      unique.set(candidate.id, candidate);
    }
  }

  const result: MatchScore[] = [];
  for (const role of new Set(plan.seekingRoles)) {
    const ranked = [...unique.values()]
      .filter((candidate) => isEligible(cooperative, plan, candidate, role).eligible)
      .map((candidate) => ({ candidate, score: scoreCandidate(cooperative, plan, candidate, role) }))
      .sort(
        (a, b) =>
          b.score.score - a.score.score ||
          compareHeadroomDescending(a.candidate, b.candidate) ||
          compareIds(a.candidate.id, b.candidate.id),
      );
    result.push(...ranked.slice(0, perRole).map(({ score }) => score));
  }
  return result;
}

/** Higher free share of capacity first, compared exactly by cross-multiplying (capacity > 0). */
function compareHeadroomDescending(a: MatchCandidate, b: MatchCandidate): number {
  const freeA = a.capacity - a.activePartnerships;
  const freeB = b.capacity - b.activePartnerships;
  return freeB * a.capacity - freeA * b.capacity;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
