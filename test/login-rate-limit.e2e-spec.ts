import request from 'supertest';
import { createTestEnvironment, startServices, TEST_ADMIN, TestEnvironment } from '@kdmp/testing';

/** Brute force against one account from one address, with the default limit of 10 a minute. */
describe('login rate limit', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    stack = await startServices(environment.env, ['api']);
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  it('answers the eleventh wrong attempt in a minute with 429 and Retry-After', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      await request(stack.baseUrl).post('/v1/auth/login').send({ email: TEST_ADMIN.email, password: `wrong-${attempt}` }).expect(401);
    }
    const blocked = await request(stack.baseUrl).post('/v1/auth/login').send({ email: TEST_ADMIN.email, password: 'wrong-11' }).expect(429);
    expect(blocked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The right password does not get through a blocked account either.
    await request(stack.baseUrl).post('/v1/auth/login').send(TEST_ADMIN).expect(429);
  });
});
