import { createTestEnvironment, pollUntil, startServices, TestEnvironment } from '@kdmp/testing';
import { WorkflowActors } from './support/workflow-actors';

/** Stage deadlines of seconds: the reminder and the escalation fire, and a late timer does nothing. */
describe('review timers', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;

  beforeAll(async () => {
    environment = await createTestEnvironment({ REVIEW_DEADLINE_MS: '3000', REVIEW_REMINDER_LEAD_MS: '1500', LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl).start();
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  const types = async (id: string) => (await actors.timeline(id)).map((entry) => entry.type);

  it('reminds the stage reviewers before the deadline and escalates to admins at it', async () => {
    const desk = await actors.reviewer(['DESK_REVIEW']);
    const cooperative = await actors.cooperativeInReview();
    const timeline = await pollUntil(() => types(cooperative.id), (events) => events.includes('review.escalated'), {
      what: 'the escalation',
    });
    expect(timeline.indexOf('review.reminder')).toBeGreaterThan(-1);
    expect(timeline.indexOf('review.reminder')).toBeLessThan(timeline.indexOf('review.escalated'));
    expect(timeline.filter((type) => type === 'review.reminder')).toHaveLength(1);
    expect((await actors.cooperativeState(cooperative.id)).state).toBe('IN_REVIEW');

    const { rows: admins } = await environment.db.query(`SELECT id FROM users WHERE role = 'ADMIN'`);
    const notified = async (userId: string, type: string) =>
      (await environment.db.query(`SELECT 1 FROM notifications WHERE recipient_id = $1 AND event_type = $2 AND channel = 'IN_APP'`, [userId, type])).rows.length;
    await pollUntil(() => notified(desk.id, 'review.reminder'), (n) => n === 1, { what: 'the reviewer reminder' });
    await pollUntil(() => notified(admins[0].id, 'review.escalated'), (n) => n === 1, { what: 'the admin escalation' });
  });

  it('does nothing when a timer fires after its stage closed', async () => {
    const desk = await actors.reviewer(['DESK_REVIEW']);
    const cooperative = await actors.cooperativeInReview();
    await actors.decide(desk, cooperative.reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE' }).expect(200);
    await pollUntil(() => types(cooperative.id), (events) => events.includes('review.escalated'), {
      what: 'the FIELD_VERIFICATION stage escalation',
    });
    // Both DESK_REVIEW timers were consumed (their outbox rows are gone) with no effect.
    const { rows } = await environment.db.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE job_id IN ($1, $2)`,
      [`remind-${cooperative.reviewId}-DESK_REVIEW`, `escalate-${cooperative.reviewId}-DESK_REVIEW`],
    );
    expect(rows[0].n).toBe(0);
    const timeline = await actors.timeline(cooperative.id);
    const deskTimerEvents = timeline.filter(
      (entry) => ['review.reminder', 'review.escalated'].includes(entry.type) && entry.payload.stage === 'DESK_REVIEW',
    );
    expect(deskTimerEvents).toHaveLength(0);
  });
});
