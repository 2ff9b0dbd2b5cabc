import type { INestApplicationContext } from '@nestjs/common';
import { OutboxRelay } from '@kdmp/messaging';
import { FanOutEventUseCase, RegisterCooperativeCommand, RegisterCooperativeUseCase, SELF_REGISTRATION } from '@kdmp/application';
import { createTestEnvironment, kukarVillages, registrationFor, TestEnvironment } from '@kdmp/testing';
import { createLibraryContext } from '../support/library-context';

describe('FanOutEventUseCase against Postgres', () => {
  let environment: TestEnvironment;
  let app: INestApplicationContext;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await createLibraryContext(environment);
  });

  afterAll(async () => {
    await app.get(OutboxRelay).flush();
    await app.close();
    await environment.dispose();
  });

  it('a message delivered twice notifies once', async () => {
    await environment.db.query(
      `INSERT INTO users (id, email, password_hash, role, locale) VALUES (gen_random_uuid(), 'admin@example.id', 'x', 'ADMIN', 'en')`,
    );
    const cooperative = await app.get(RegisterCooperativeUseCase).execute({
      ...(registrationFor(kukarVillages()[3]) as unknown as RegisterCooperativeCommand),
      actor: SELF_REGISTRATION,
      correlationId: 'fan-out-test',
    });
    const { rows } = await environment.db.query<{ id: string; payload: { eventId: string } }>(
      `SELECT o.id, o.payload FROM outbox_messages o WHERE o.job_name = 'fan-out-event' AND o.payload->>'aggregateId' = $1`,
      [cooperative.id],
    );
    expect(rows).toHaveLength(1);
    const message = { messageId: rows[0].id, eventId: rows[0].payload.eventId };

    const fanOut = app.get(FanOutEventUseCase);
    const [first, second] = [await fanOut.execute(message), await fanOut.execute(message)];
    // In-app and email for each of the two recipients.
    expect(first).toEqual({ kind: 'notified', notifications: 4 });
    expect(second).toEqual({ kind: 'skipped', reason: 'duplicate message' });

    const { rows: notifications } = await environment.db.query(
      `SELECT n.locale, n.title, u.role FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE n.channel = 'IN_APP' ORDER BY u.role`,
    );
    expect(notifications).toEqual([
      expect.objectContaining({ role: 'ADMIN', locale: 'en' }),
      expect.objectContaining({ role: 'COOPERATIVE', locale: 'id' }),
    ]);
    // The message was consumed with its effect: its outbox row is gone.
    const { rows: left } = await environment.db.query(`SELECT 1 FROM outbox_messages WHERE id = $1`, [message.messageId]);
    expect(left).toHaveLength(0);
  });
});
