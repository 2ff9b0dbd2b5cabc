import { PARTNER_EVENT_TYPES, TRANSITION_TABLE } from '@kdmp/domain';
import { DOMAIN_EVENT_TYPES, EVENT_ROUTE_CONDITIONS, EVENT_ROUTES, JOB_NAMES, JOB_QUEUES, jobsForEvent, QUEUES } from './index';

describe('contracts', () => {
  it('declares exactly the events the transition table emits, plus the partner events', () => {
    const fromTable = new Set([...TRANSITION_TABLE.flatMap((rule) => rule.events), ...PARTNER_EVENT_TYPES]);
    expect([...DOMAIN_EVENT_TYPES].sort()).toEqual([...fromTable].sort());
  });

  it('routes every event to at least one job, and every routed job to a declared queue', () => {
    for (const type of DOMAIN_EVENT_TYPES) {
      expect(EVENT_ROUTES[type].length).toBeGreaterThan(0);
      for (const job of EVENT_ROUTES[type]) expect(Object.values(QUEUES)).toContain(JOB_QUEUES[job]);
    }
  });

  it('gives every job one queue and uses no queue name twice', () => {
    expect(new Set(JOB_NAMES).size).toBe(JOB_NAMES.length);
    expect(new Set(Object.values(QUEUES)).size).toBe(Object.values(QUEUES).length);
  });

  it('starts matching after an approved financing review only', () => {
    const review = { reviewId: 'r', stage: 'CREDIT_COMMITTEE', reviewerId: 'u' };
    expect(jobsForEvent('financing.reviewed', { ...review, outcome: 'APPROVED', approvedAmount: 1 })).toEqual([
      'fan-out-event',
      'start-matching',
    ]);
    expect(jobsForEvent('financing.reviewed', { ...review, outcome: 'REJECTED', reason: 'no' })).toEqual(['fan-out-event']);
    expect(jobsForEvent('match.declined', { matchId: 'm', partnerId: 'p', reason: 'x' })).toEqual(['fan-out-event', 'start-matching']);
  });

  it('conditions only routes that exist', () => {
    for (const [type, conditions] of Object.entries(EVENT_ROUTE_CONDITIONS)) {
      for (const job of Object.keys(conditions ?? {})) {
        expect(EVENT_ROUTES[type as keyof typeof EVENT_ROUTES]).toContain(job);
      }
    }
  });
});
