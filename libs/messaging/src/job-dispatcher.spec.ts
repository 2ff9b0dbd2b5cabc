import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { DiscoveryService } from '@nestjs/core';
import { QUEUES, QueueName } from '@kdmp/contracts';
import { JobDispatcher, JobRegistrationError } from './job-dispatcher';
import { HandlesJob, JobHandler } from './job-handler';
import { MessagingModule } from './messaging.module';
import { QueueWorkers } from './queue-workers';

@HandlesJob('fan-out-event')
class FanOutHandler implements JobHandler<'fan-out-event'> {
  async handle() {
    return 'processed' as const;
  }
}

function discovering(...handlers: object[]): DiscoveryService {
  return { getProviders: () => handlers.map((instance) => ({ instance, metatype: instance.constructor })) } as unknown as DiscoveryService;
}

describe('JobDispatcher', () => {
  let logged: string[];

  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => void logged.push(String(message)));
  });

  afterEach(() => jest.restoreAllMocks());

  it('says nothing about consuming in a process that consumes no queue', () => {
    new JobDispatcher(discovering(), []).onModuleInit();
    expect(logged).toEqual([]);
  });

  it('names the queues and the handlers of a process that consumes', () => {
    new JobDispatcher(discovering(new FanOutHandler()), [QUEUES.NOTIFICATIONS] as QueueName[]).onModuleInit();
    expect(logged).toEqual(['Consuming notifications with 1 job handlers']);
  });

  it('refuses a handler in a process that does not consume its queue', () => {
    expect(() => new JobDispatcher(discovering(new FanOutHandler()), []).onModuleInit()).toThrow(JobRegistrationError);
  });
});

describe('MessagingModule', () => {
  it('starts no workers in a process that consumes no queue', () => {
    expect(MessagingModule.forRoot({ consuming: [] }).providers).not.toContain(QueueWorkers);
    expect(MessagingModule.forRoot({ consuming: [QUEUES.PIPELINE] }).providers).toContain(QueueWorkers);
  });
});
