import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName, QUEUES } from '@kdmp/contracts';
import type { OutboxMessage } from '@kdmp/persistence';
import { jobOptions } from './job-options';
import { AppConfig } from '@kdmp/config';

/** The one place that puts jobs on queues: outbox rows, each as a job whose id is fixed. */
@Injectable()
export class QueueGateway {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      this.queues.set(name, queue);
    }
    return queue;
  }

  allQueues(): Queue[] {
    return Object.values(QUEUES).map((name) => this.queue(name));
  }

  /**
   * Adds the messages as jobs, one `addBulk` per queue. The job id is the row's job id, so a
   * row published twice while its job still exists is one job; the job data carries the
   * row's id as `messageId`, the consumer's inbox key.
   */
  async publish(messages: OutboxMessage[]): Promise<void> {
    const byQueue = new Map<QueueName, OutboxMessage[]>();
    for (const message of messages) {
      const list = byQueue.get(message.queue) ?? [];
      list.push(message);
      byQueue.set(message.queue, list);
    }
    const now = Date.now();
    await Promise.all(
      [...byQueue].map(([queueName, batch]) =>
        this.queue(queueName).addBulk(
          batch.map((message) => ({
            name: message.jobName,
            data: { ...message.payload, messageId: message.id },
            opts: {
              ...jobOptions(queueName, this.config),
              jobId: message.jobId,
              delay: message.runAt ? Math.max(0, Date.parse(message.runAt) - now) : undefined,
            },
          })),
        ),
      ),
    );
  }
}
