import type { INestApplicationContext } from '@nestjs/common';
import { RegisterCooperativeCommand, RegisterCooperativeUseCase, SELF_REGISTRATION } from '@kdmp/application';
import { createLibraryContext, createTestEnvironment, kukarVillages, registrationFor, TestEnvironment } from '@kdmp/testing';
import { UnitOfWork } from './unit-of-work';
import { OutboxRelay } from '@kdmp/messaging';

describe('UnitOfWork against Postgres', () => {
  let environment: TestEnvironment;
  let app: INestApplicationContext;
  let unitOfWork: UnitOfWork;
  let cooperativeId: string;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await createLibraryContext(environment);
    unitOfWork = app.get(UnitOfWork);
    const registered = await app.get(RegisterCooperativeUseCase).execute({
      ...(registrationFor(kukarVillages()[0]) as unknown as RegisterCooperativeCommand),
      actor: SELF_REGISTRATION,
      correlationId: 'uow-test',
    });
    cooperativeId = registered.id;
  });

  afterAll(async () => {
    await app.get(OutboxRelay).flush();
    await app.close();
    await environment.dispose();
  });

  const withdrawal = (expectedVersion: number, consumedMessage?: { consumer: string; messageId: string }) =>
    unitOfWork.commitTransition({
      aggregateId: cooperativeId,
      expectedVersion,
      fromState: 'REGISTERED',
      toState: 'WITHDRAWN',
      events: [{ type: 'cooperative.withdrawn', payload: {} }],
      actor: { type: 'SYSTEM', name: 'test' },
      correlationId: 'uow-test',
      consumedMessage,
    });

  async function historyLength(): Promise<number> {
    const { rows } = await environment.db.query(`SELECT count(*)::int AS n FROM domain_events WHERE aggregate_id = $1`, [cooperativeId]);
    return rows[0].n;
  }

  it('commits one of two concurrent changes made from the same version; the other is a conflict', async () => {
    const outcomes = await Promise.all([withdrawal(1), withdrawal(1)]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['committed', 'conflict']);
    expect(await historyLength()).toBe(2);
    const { rows } = await environment.db.query(`SELECT state, version, last_event_sequence FROM cooperatives WHERE id = $1`, [cooperativeId]);
    expect(rows[0]).toEqual({ state: 'WITHDRAWN', version: 2, last_event_sequence: 2 });
  });

  it('writes the history rows and outbox rows of a committed change in the same statement', async () => {
    const { rows } = await environment.db.query(
      `SELECT e.sequence, e.type, e.from_state, e.to_state FROM domain_events e WHERE aggregate_id = $1 ORDER BY sequence`,
      [cooperativeId],
    );
    expect(rows).toEqual([
      { sequence: 1, type: 'cooperative.registered', from_state: null, to_state: 'REGISTERED' },
      { sequence: 2, type: 'cooperative.withdrawn', from_state: 'REGISTERED', to_state: 'WITHDRAWN' },
    ]);
  });

  it('a consumer handed the same message twice changes the aggregate once', async () => {
    const message = { consumer: 'test-consumer', messageId: '0192f7a0-0000-7000-8000-0000000000aa' };
    const first = await withdrawal(2, message);
    const second = await withdrawal(3, message);
    expect(first.kind).toBe('committed');
    expect(second.kind).toBe('duplicate');
    expect(await historyLength()).toBe(3);
  });
});
