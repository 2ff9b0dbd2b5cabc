import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigModule } from '@kdmp/config';
import { PersistenceModule } from '@kdmp/persistence';
import { MessagingModule } from '@kdmp/messaging';
import { ApplicationModule } from '@kdmp/application';
import { AuthModule } from '@kdmp/auth';
import type { TestEnvironment } from '@kdmp/testing';

/**
 * The libraries wired as a service wires them, in the test process, against a test
 * environment: for integration tests of one library at a time.
 */
export async function createLibraryContext(environment: TestEnvironment): Promise<INestApplicationContext> {
  Object.assign(process.env, environment.env);
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule, PersistenceModule, MessagingModule.forRoot({ consuming: [] }), AuthModule, ApplicationModule],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}
