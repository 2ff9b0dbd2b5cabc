import type { Pool } from 'pg';
import { percentile, sleep } from './stats';
import { SystemDriver } from './system-driver';
import { waitForNotificationsDelivered } from './system-throughput';

export interface SystemLatency {
  p50Ms: number;
  p99Ms: number;
  samples: number;
}

/**
 * Open loop: cooperatives arrive at `perSecond` for `seconds`, each going the whole way
 * (sign-up → PARTNERED); then the delay from each event's commit (domain_events.occurred_at)
 * to each of its in-app notifications (notifications.created_at, joined on event_id).
 */
export async function measureSystemLatency(driver: SystemDriver, db: Pool, perSecond: number, seconds: number): Promise<SystemLatency> {
  const total = Math.max(1, Math.round(perSecond * seconds));
  const started = performance.now();
  const flows: Promise<string>[] = [];
  for (let index = 0; index < total; index++) {
    const dueAt = started + (index / perSecond) * 1000;
    const wait = dueAt - performance.now();
    if (wait > 0) await sleep(wait);
    const flow = (async () => {
      const cooperative = await driver.signUp();
      await driver.driveToPartnered(cooperative);
      return cooperative.id;
    })();
    flow.catch(() => undefined); // handled by Promise.all below, even if it fails before the loop ends
    flows.push(flow);
  }
  const ids = await Promise.all(flows);
  await waitForNotificationsDelivered(db);
  const { rows } = await db.query<{ ms: number }>(
    `SELECT extract(epoch FROM n.created_at - e.occurred_at) * 1000 AS ms
       FROM notifications n JOIN domain_events e ON e.id = n.event_id
      WHERE n.channel = 'IN_APP' AND e.aggregate_id = ANY($1::uuid[])`,
    [ids],
  );
  const delays = rows.map((row) => Number(row.ms));
  return { p50Ms: percentile(delays, 50), p99Ms: percentile(delays, 99), samples: delays.length };
}
