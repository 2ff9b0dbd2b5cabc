import os from 'node:os';
import { ReadBenchmark } from './api-read';
import { createBenchEnvironment, REDIS_URL, ROOT } from './bench-environment';
import { HttpClient } from './http-client';
import { measureSystemLatency } from './latency';
import { machineBusyShare } from './memory';
import { parseOptions } from './options';
import { RawChain } from './raw-chain';
import { BenchResults, evaluateGoals, LatencyAtFraction, machine, renderMarkdown, writeResults } from './report';
import { measureMatching, measureRegistrationCost, prepareForMatching, topUpCooperatives, topUpPartners } from './scaling';
import { Services } from './service-process';
import { SmtpSink } from './smtp-sink';
import { StateWatcher } from './state-watcher';
import { repeat } from './stats';
import { SystemDriver } from './system-driver';
import { measureSystemRun, waitForQuiet } from './system-throughput';

/**
 * `npm run bench`: issue 7's figures against the real services, Postgres and Redis, in a
 * database and queue prefix of the bench's own, removed at the end whatever happens.
 */
const cleanups: { what: string; run: () => Promise<unknown> }[] = [];
let cleaningUp: Promise<void> | null = null;
const benchStarted = performance.now();

function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

function onCleanup(what: string, run: () => Promise<unknown>): void {
  cleanups.push({ what, run });
}

/** Undoes everything, last made first; each step bounded to 20 s; runs once. */
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const { what, run } of cleanups.reverse()) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([run(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('took over 20 s')), 20_000)))])
        .catch((error: Error) => log(`cleanup: ${what} failed: ${error.message}`))
        .finally(() => clearTimeout(timer));
    }
  })();
  return cleaningUp;
}

async function abort(reason: string, code: number): Promise<never> {
  log(`stopping: ${reason}`);
  await cleanUp();
  process.exit(code);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { runs } = options;
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = os.loadavg()[0];
  const busy = await machineBusyShare();
  if (busy > 0.15) log(`warning: the machine is ${(busy * 100).toFixed(0)}% busy before the bench starts; other work will skew the figures`);
  const watchdog = setTimeout(() => void abort(`time limit of ${options.timeLimitSeconds} s reached`, 2), options.timeLimitSeconds * 1000);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void abort(`received ${signal}`, 130));
  process.on('unhandledRejection', (error) => void abort(`unhandled rejection: ${String(error)}`, 1));

  log('setting up a database and queue prefix of the bench’s own');
  const env = await createBenchEnvironment();
  onCleanup('drop the database and Redis keys', () => env.dispose());
  log(`database ${env.databaseName}, queue prefix ${env.queuePrefix}`);

  log(`1a/1b raw chain: ${runs} × ${options.chains} chains, pg steps then no-op steps`);
  const raw = await RawChain.create(env.databaseUrl, REDIS_URL, env.queuePrefix);
  onCleanup('close the raw chain', () => raw.close());
  await raw.throughput('pg', Math.ceil(options.chains / 4)); // warm-up
  const rawPg = await repeat(runs, async () => ({ stepsPerSecond: (await raw.throughput('pg', options.chains)).stepsPerSecond }));
  const rawNoop = await repeat(runs, async () => ({ stepsPerSecond: (await raw.throughput('noop', options.chains)).stepsPerSecond }));
  log(`raw chain: ${rawPg.stepsPerSecond.median.toFixed(0)} steps/s with pg, ${rawNoop.stepsPerSecond.median.toFixed(0)} no-op`);

  log('starting an SMTP sink, then api, workflow and notifier');
  const smtp = await SmtpSink.start();
  onCleanup('stop the SMTP sink', () => smtp.stop());
  const services = await Services.start({ ...env.serviceEnv, SMTP_URL: smtp.url });
  onCleanup('stop the services', () => services.stopAll());
  let driver: SystemDriver | null = null;
  const watcher = new StateWatcher(env.db, () => driver?.partnerIds() ?? []);
  onCleanup('stop watching', async () => watcher.stop());
  driver = await new SystemDriver(new HttpClient(services.baseUrl), watcher).prepare();
  const system = driver;
  const warmUp = await system.signUp();
  await system.driveToPartnered(warmUp);
  await waitForQuiet(env.db);

  log(`2 full system: ${runs} × ${options.cooperatives} cooperatives, sign-up → PARTNERED, every notification written`);
  const full = await repeat(runs, async () => {
    const run = await measureSystemRun(system, env.db, options.cooperatives, 'full');
    await waitForQuiet(env.db); // the emails of this run go out before the next one starts
    return run;
  });
  log(`full system: ${full.transitionsPerSecond.median.toFixed(1)} transitions/s, ${full.cooperativesPerSecond.median.toFixed(2)} cooperatives/s`);

  log(`2 the spine: notifier stopped, ${runs} × ${options.cooperatives} cooperatives`);
  await services.byName.notifier.stop();
  const spine = await repeat(runs, () => measureSystemRun(system, env.db, options.cooperatives, 'spine'));
  log(`spine: ${spine.transitionsPerSecond.median.toFixed(1)} transitions/s; notifier restarting to drain its backlog`);
  await services.byName.notifier.start();
  await waitForQuiet(env.db);

  const latency: LatencyAtFraction[] = [];
  for (const fraction of options.latencyFractions) {
    const cooperativesPerSecond = fraction * full.cooperativesPerSecond.median;
    const chainsPerSecond = (fraction * rawPg.stepsPerSecond.median) / 4;
    log(`3 latency at ${fraction.toFixed(2)} of peak: ${cooperativesPerSecond.toFixed(2)} cooperatives/s and ${chainsPerSecond.toFixed(0)} chains/s for ${options.latencySeconds} s`);
    const systemLatency = await repeat(runs, async () => {
      const measured = await measureSystemLatency(system, env.db, cooperativesPerSecond, options.latencySeconds);
      await waitForQuiet(env.db);
      return { p50Ms: measured.p50Ms, p99Ms: measured.p99Ms, samples: measured.samples };
    });
    const rawLatency = await repeat(runs, async () => {
      const measured = await raw.latency(chainsPerSecond, options.latencySeconds);
      return { p50Ms: measured.p50Ms, p99Ms: measured.p99Ms };
    });
    latency.push({
      fraction,
      systemP50Ms: systemLatency.p50Ms,
      systemP99Ms: systemLatency.p99Ms,
      systemSamples: systemLatency.samples,
      rawChainP50Ms: rawLatency.p50Ms,
      rawChainP99Ms: rawLatency.p99Ms,
    });
  }

  const smallPartners = 100;
  log(`4 matching at ${smallPartners} and ${options.partners} partners: ${runs} × ${options.matchings} cooperatives each`);
  const awaiting = await prepareForMatching(system, 2 * runs * options.matchings);
  await waitForQuiet(env.db);
  const batch = (level: number, run: number) => awaiting.slice((level * runs + run) * options.matchings, (level * runs + run + 1) * options.matchings);
  await topUpPartners(env.db, smallPartners);
  const matchingSmall = await repeat(runs, async (run) => ({ ms: await measureMatching(system, env.db, batch(0, run)) }));
  await topUpPartners(env.db, options.partners);
  const matchingLarge = await repeat(runs, async (run) => ({ ms: await measureMatching(system, env.db, batch(1, run)) }));

  await waitForQuiet(env.db);
  const smallCooperatives = 1_000;
  log(`4 registration cost at ${smallCooperatives} and ${options.existingCooperatives} cooperatives: ${runs} × ${options.registrations} each`);
  await topUpCooperatives(env.db, smallCooperatives);
  await measureRegistrationCost(system, 2); // warm-up
  const registrationSmall = await repeat(runs, async () => ({ ms: await measureRegistrationCost(system, options.registrations) }));
  await topUpCooperatives(env.db, options.existingCooperatives);
  const registrationLarge = await repeat(runs, async () => ({ ms: await measureRegistrationCost(system, options.registrations) }));

  log(`5 reads: bare route and GET /v1/cooperatives/:id, ${runs} × ${options.loadSeconds} s each`);
  await waitForQuiet(env.db);
  const read = await ReadBenchmark.start(env.databaseUrl);
  onCleanup('stop the bare route', () => read.stop());
  await read.warmUp(services.baseUrl, warmUp.id, system.adminToken);
  const reads = await repeat(runs, () => read.run(services.baseUrl, warmUp.id, system.adminToken, options.loadSeconds));

  log(`${smtp.received} emails delivered to the SMTP sink`);
  const peakRssMiB = { ...services.peakRss(), 'bare route (baseline)': read.peakRssMiB, 'bench (driver, raw chain)': process.memoryUsage().rss / 2 ** 20 };
  const results: BenchResults = {
    startedAt,
    durationSeconds: (performance.now() - benchStarted) / 1000,
    machine: { ...machine(loadAverageAtStart), busyBeforeStart: busy },
    options,
    rawChain: { pgStepsPerSecond: rawPg.stepsPerSecond, noopStepsPerSecond: rawNoop.stepsPerSecond },
    system: { full, spine },
    latency,
    scaling: {
      registrationMs: { small: registrationSmall.ms, large: registrationLarge.ms, smallCount: smallCooperatives, largeCount: options.existingCooperatives },
      matchingMs: { small: matchingSmall.ms, large: matchingLarge.ms, smallCount: smallPartners, largeCount: options.partners },
    },
    read: reads,
    peakRssMiB,
  };
  results.goals = evaluateGoals(results);
  const markdown = renderMarkdown(results);
  const written = writeResults(ROOT, results, markdown);
  clearTimeout(watchdog);
  await cleanUp();
  process.stdout.write(`\n${markdown}\nWritten to ${written.json} and ${written.md}\n`);
}

main().then(
  () => process.exit(0),
  (error: Error) => abort(`failed: ${error.stack ?? error.message}`, 1),
);
