import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { QUEUES } from '@kdmp/contracts';
import { OutboxStore } from '@kdmp/persistence';
import { QueueGateway } from '@kdmp/messaging';

/**
 * Prometheus metrics of the API process: Node's defaults, request durations, and — read when
 * scraped — the outbox backlog and each queue's job counts, which show a pipeline falling behind.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly requestDuration = new Histogram({
    name: 'kdmp_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(outbox: OutboxStore, gateway: QueueGateway) {
    collectDefaultMetrics({ register: this.registry, prefix: 'kdmp_api_' });
    new Gauge({
      name: 'kdmp_outbox_pending_messages',
      help: 'Outbox rows written and not yet consumed',
      registers: [this.registry],
      async collect() {
        this.set(await outbox.pendingCount());
      },
    });
    new Gauge({
      name: 'kdmp_queue_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        for (const name of Object.values(QUEUES)) {
          const counts = await gateway.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed');
          for (const [state, count] of Object.entries(counts)) this.set({ queue: name, state }, count);
        }
      },
    });
  }
}
