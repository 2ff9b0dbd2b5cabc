import type { INestApplicationContext } from '@nestjs/common';
import { RegisterCooperativeCommand, RegisterCooperativeUseCase, SELF_REGISTRATION } from '@kdmp/application';
import { OutboxRelay } from '@kdmp/messaging';
import { UnitOfWork } from '@kdmp/persistence';
import { createTestEnvironment, kukarVillages, registrationFor, TestEnvironment } from '@kdmp/testing';
import { createLibraryContext } from '../support/library-context';

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

  describe('companion writes (rows of other tables in the same statement)', () => {
    const probe = (marker: string) => ({
      sql: `INSERT INTO inbox_messages (consumer, message_id) SELECT 'companion-probe', $1 WHERE {{changed}} RETURNING consumer, message_id`,
      parameters: [marker],
    });
    const probeWritten = async (marker: string) =>
      (await environment.db.query(`SELECT 1 FROM inbox_messages WHERE consumer = 'companion-probe' AND message_id = $1`, [marker])).rowCount;
    const currentVersion = async () =>
      (await environment.db.query<{ version: number }>(`SELECT version FROM cooperatives WHERE id = $1`, [cooperativeId])).rows[0].version;
    const commit = (expectedVersion: number, companions: { sql: string; parameters: unknown[] }[], consumedMessage?: { consumer: string; messageId: string }) =>
      unitOfWork.commitTransition({
        aggregateId: cooperativeId,
        expectedVersion,
        fromState: 'WITHDRAWN',
        toState: 'WITHDRAWN',
        events: [{ type: 'cooperative.withdrawn', payload: {} }],
        actor: { type: 'SYSTEM', name: 'test' },
        correlationId: 'uow-test',
        companions,
        consumedMessage,
      });

    it('writes with the transition and returns what its RETURNING gave', async () => {
      const outcome = await commit(await currentVersion(), [probe('committed')]);
      expect(outcome.kind).toBe('committed');
      expect(outcome.kind === 'committed' && outcome.returned).toEqual([[{ consumer: 'companion-probe', message_id: 'committed' }]]);
      expect(await probeWritten('committed')).toBe(1);
    });

    it('writes nothing when the version is stale', async () => {
      const outcome = await commit((await currentVersion()) - 1, [probe('stale')]);
      expect(outcome.kind).toBe('conflict');
      expect(await probeWritten('stale')).toBe(0);
    });

    it('writes nothing for a message already consumed', async () => {
      const message = { consumer: 'companion-consumer', messageId: '0192f7a0-0000-7000-8000-0000000000bb' };
      expect((await commit(await currentVersion(), [probe('first')], message)).kind).toBe('committed');
      expect((await commit(await currentVersion(), [probe('again')], message)).kind).toBe('duplicate');
      expect(await probeWritten('first')).toBe(1);
      expect(await probeWritten('again')).toBe(0);
    });

    it('rolls the whole transition back when a companion fails', async () => {
      const before = await currentVersion();
      const failing = { sql: `INSERT INTO inbox_messages (consumer, message_id) SELECT NULL, $1 WHERE {{changed}}`, parameters: ['x'] };
      await expect(commit(before, [probe('with-failure'), failing])).rejects.toThrow(/null value/);
      expect(await currentVersion()).toBe(before);
      expect(await probeWritten('with-failure')).toBe(0);
    });

    it('refuses a companion that does not say where it depends on the transition', async () => {
      const ungated = { sql: `INSERT INTO inbox_messages (consumer, message_id) VALUES ('companion-probe', $1)`, parameters: ['ungated'] };
      await expect(commit(await currentVersion(), [ungated])).rejects.toThrow(/\{\{changed\}\}/);
      expect(await probeWritten('ungated')).toBe(0);
    });
  });
});
