import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOB_QUEUES, JobName, QueueName } from '@kdmp/contracts';
import { JOB_HANDLER_METADATA, JobAttempt, JobHandler, JobOutcome, QueuedJobData } from './job-handler';

export const CONSUMED_QUEUES = Symbol('CONSUMED_QUEUES');

export class JobRegistrationError extends Error {}

/**
 * Finds the job handlers of this process and routes each job to its one handler. At start-up
 * it refuses a job of a consumed queue with no handler or with two, and a handler for a
 * queue this process does not consume.
 */
@Injectable()
export class JobDispatcher implements OnModuleInit {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly handlers = new Map<JobName, JobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(CONSUMED_QUEUES) private readonly consumedQueues: readonly QueueName[],
  ) {}

  onModuleInit(): void {
    const found = new Map<JobName, JobHandler[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler | undefined;
      if (!instance || !wrapper.metatype) continue;
      const jobName = Reflect.getMetadata(JOB_HANDLER_METADATA, wrapper.metatype) as JobName | undefined;
      if (!jobName) continue;
      found.set(jobName, [...(found.get(jobName) ?? []), instance]);
    }
    const problems: string[] = [];
    for (const [jobName, queue] of Object.entries(JOB_QUEUES) as [JobName, QueueName][]) {
      const handlers = found.get(jobName) ?? [];
      const consumed = this.consumedQueues.includes(queue);
      if (consumed && handlers.length !== 1) problems.push(`job "${jobName}" has ${handlers.length} handlers, needs 1`);
      if (!consumed && handlers.length > 0) problems.push(`job "${jobName}" has a handler but queue "${queue}" is not consumed here`);
      if (consumed && handlers.length === 1) this.handlers.set(jobName, handlers[0]);
    }
    if (problems.length > 0) throw new JobRegistrationError(`Job handlers are wrong: ${problems.join('; ')}`);
    if (this.consumedQueues.length > 0) {
      this.logger.log(`Consuming ${this.consumedQueues.join(', ')} with ${this.handlers.size} job handlers`);
    }
  }

  dispatch(jobName: string, data: QueuedJobData, attempt: JobAttempt): Promise<JobOutcome> {
    const handler = this.handlers.get(jobName as JobName);
    if (!handler) throw new JobRegistrationError(`No handler for job "${jobName}"`);
    return handler.handle(data, attempt);
  }
}
