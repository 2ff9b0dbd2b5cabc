import { ReadBenchmark } from './api-read';
import { BenchEnvironment, createBenchEnvironment, REDIS_URL, ROOT } from './bench-environment';
import { JsonClient } from '@kdmp/testing';
import { measureSystemLatency } from './latency';
import { MachineMonitor } from './machine-monitor';
import { BenchOptions, parseOptions } from './options';
import { RawChain } from './raw-chain';
import { BenchResults, evaluateGoals, LatencyAtFraction, machine, renderMarkdown, writeResults } from './report';
import { measureMatching, measureRegistrationCost, prepareForMatching, topUpCooperatives, topUpPartners } from './scaling';
import { Services } from './service-process';
import { SmtpSink } from './smtp-sink';
import { StateWatcher } from './state-watcher';
import { repeat } from './stats';
import { SystemDriver } from './system-driver';
import { discardSpineNotifications, measureSystemRun, waitForQuiet } from './system-throughput';

/**
 * `npm run bench`: issue 7's figures against the real services, Postgres and Redis, in a
 * database and queue prefix of the bench's own, removed at the end whatever happens.
 */
const benchStarted = performance.now();
const monitor = new MachineMonitor().start();

function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

/** A new phase: logged, and what other processes use from now on is counted towards it. */
function phase(name: string, message: string): void {
  monitor.enter(name);
  log(message);
}

// ---- cleanup: everything made is undone, last made first, on success, failure, signal or time limit

const cleanups: { what: string; run: () => Promise<unknown> }[] = [];
let cleaningUp: Promise<void> | null = null;

function onCleanup(what: string, run: () => Promise<unknown>): void {
  cleanups.push({ what, run });
}

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
  if (cleaningUp) await new Promise(() => undefined); // already stopping: the first reason exits
  log(`stopping: ${reason}`);
  await cleanUp();
  process.exit(code);
}

// ---- the phases

type Stack = { env: BenchEnvironment; services: Services; system: SystemDriver; raw: RawChain; options: BenchOptions };

async function rawChainBaselines(raw: RawChain, { runs, chains }: BenchOptions) {
  phase('raw chain', `1a/1b raw chain: ${runs} × ${chains} chains, pg steps then no-op steps`);
  await raw.throughput('pg', Math.ceil(chains / 4)); // warm-up
  const pg = await repeat(runs, async () => raw.throughput('pg', chains));
  const noop = await repeat(runs, async () => raw.throughput('noop', chains));
  log(`raw chain: ${pg.stepsPerSecond.median.toFixed(0)} steps/s with pg, ${noop.stepsPerSecond.median.toFixed(0)} no-op`);
  return { pgStepsPerSecond: pg.stepsPerSecond, noopStepsPerSecond: noop.stepsPerSecond };
}

async function systemThroughput({ env, services, system, options: { runs, cooperatives } }: Stack) {
  phase('full system', `2 full system: ${runs} × ${cooperatives} cooperatives, sign-up → PARTNERED, every in-app notification written`);
  const full = await repeat(runs, async () => {
    const run = await measureSystemRun(system, env.db, cooperatives, 'full');
    await waitForQuiet(env.db); // this run's emails go out before the next run starts
    return run;
  });
  log(`full system: ${full.transitionsPerSecond.median.toFixed(1)} transitions/s, ${full.cooperativesPerSecond.median.toFixed(2)} cooperatives/s`);

  phase('spine', `2 the spine: notifier stopped, ${runs} × ${cooperatives} cooperatives`);
  await services.byName.notifier.stop();
  const spine = await repeat(runs, () => measureSystemRun(system, env.db, cooperatives, 'spine'));
  const discarded = await discardSpineNotifications(env.db, env.queuePrefix);
  log(`spine: ${spine.transitionsPerSecond.median.toFixed(1)} transitions/s; ${discarded} of its fan-outs discarded, notifier restarting`);
  await services.byName.notifier.start();
  await waitForQuiet(env.db);
  return { full, spine };
}

async function latencyAtFractions({ env, system, raw, options }: Stack, cooperativesPerSecondPeak: number, stepsPerSecondPeak: number) {
  const latency: LatencyAtFraction[] = [];
  for (const fraction of options.latencyFractions) {
    const cooperativesPerSecond = fraction * cooperativesPerSecondPeak;
    const chainsPerSecond = (fraction * stepsPerSecondPeak) / 4;
    phase(`latency at ${fraction.toFixed(2)} of peak`, `3 latency at ${fraction.toFixed(2)} of peak: ${cooperativesPerSecond.toFixed(2)} cooperatives/s, ${chainsPerSecond.toFixed(0)} raw chains/s, ${options.latencySeconds} s each`);
    const systemRuns = await repeat(options.runs, async () => {
      const { p50Ms, p99Ms, samples } = await measureSystemLatency(system, env.db, cooperativesPerSecond, options.latencySeconds);
      await waitForQuiet(env.db);
      return { p50Ms, p99Ms, samples };
    });
    const rawRuns = await repeat(options.runs, async () => {
      const { p50Ms, p99Ms } = await raw.latency(chainsPerSecond, options.latencySeconds);
      return { p50Ms, p99Ms };
    });
    latency.push({
      fraction,
      systemP50Ms: systemRuns.p50Ms,
      systemP99Ms: systemRuns.p99Ms,
      systemSamples: systemRuns.samples,
      rawChainP50Ms: rawRuns.p50Ms,
      rawChainP99Ms: rawRuns.p99Ms,
    });
  }
  return latency;
}

async function matchingScaling({ env, system, options: { runs, matchings, partners } }: Stack) {
  const smallCount = 100;
  phase('matching', `4 matching at ${smallCount} and ${partners} partners: ${runs} × ${matchings} cooperatives each`);
  const awaiting = await prepareForMatching(system, 2 * runs * matchings);
  await waitForQuiet(env.db);
  const batch = (level: number, run: number) => awaiting.slice((level * runs + run) * matchings, (level * runs + run + 1) * matchings);
  await topUpPartners(env.db, smallCount);
  const small = await repeat(runs, async (run) => ({ ms: await measureMatching(system, env.db, batch(0, run)) }));
  await topUpPartners(env.db, partners);
  const large = await repeat(runs, async (run) => ({ ms: await measureMatching(system, env.db, batch(1, run)) }));
  await waitForQuiet(env.db);
  return { small: small.ms, large: large.ms, smallCount, largeCount: partners };
}

async function registrationScaling({ env, system, options: { runs, registrations, existingCooperatives } }: Stack) {
  const smallCount = 1_000;
  phase('registration', `4 import cost at ${smallCount} and ${existingCooperatives} cooperatives: ${runs} imports of ${registrations} rows each`);
  await topUpCooperatives(env.db, smallCount);
  await measureRegistrationCost(system, 20); // warm-up
  const small = await repeat(runs, async () => ({ ms: await measureRegistrationCost(system, registrations) }));
  await topUpCooperatives(env.db, existingCooperatives);
  const large = await repeat(runs, async () => ({ ms: await measureRegistrationCost(system, registrations) }));
  await waitForQuiet(env.db);
  return { small: small.ms, large: large.ms, smallCount, largeCount: existingCooperatives };
}

async function reads({ env, services, system, options: { runs, loadSeconds } }: Stack, cooperativeId: string) {
  phase('reads', `5 reads: bare route and GET /v1/cooperatives/:id, ${runs} × ${loadSeconds} s each`);
  const read = await ReadBenchmark.start(env.databaseUrl);
  onCleanup('stop the bare route', () => read.stop());
  await read.warmUp(services.baseUrl, cooperativeId, system.adminToken);
  const figures = await repeat(runs, () => read.run(services.baseUrl, cooperativeId, system.adminToken, loadSeconds));
  return { figures, bareRoutePeakRssMiB: read.peakRssMiB };
}

// ---- the run

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const watchdog = setTimeout(() => void abort(`time limit of ${options.timeLimitSeconds} s reached`, 2), options.timeLimitSeconds * 1000);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void abort(`received ${signal}`, 130));
  process.on('unhandledRejection', (error) => void abort(`unhandled rejection: ${String(error)}`, 1));

  log('setting up a database and queue prefix of the bench’s own');
  const env = await createBenchEnvironment();
  onCleanup('drop the database and Redis keys', () => env.dispose());
  log(`database ${env.databaseName}, queue prefix ${env.queuePrefix}`);
  const raw = await RawChain.create(env.databaseUrl, REDIS_URL, env.queuePrefix);
  onCleanup('close the raw chain', () => raw.close());
  const rawChain = await rawChainBaselines(raw, options);

  phase('setup', 'starting an SMTP sink, then api, workflow and notifier');
  const smtp = await SmtpSink.start();
  onCleanup('stop the SMTP sink', () => smtp.stop());
  const profiling = options.cpuProfileDirectory ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDirectory}`] : [];
  const services = await Services.start({ ...env.serviceEnv, SMTP_URL: smtp.url }, profiling);
  onCleanup('stop the services', () => services.stopAll());
  const partnerIds: string[] = [];
  const watcher = new StateWatcher(env.db, () => partnerIds);
  onCleanup('stop watching', async () => watcher.stop());
  const system = await new SystemDriver(new JsonClient(services.baseUrl), watcher).prepare();
  partnerIds.push(...system.partnerIds());
  const warmUp = await system.signUp();
  await system.driveToPartnered(warmUp);
  await waitForQuiet(env.db);
  const stack: Stack = { env, services, system, raw, options };

  const { full, spine } = await systemThroughput(stack);
  const latency = await latencyAtFractions(stack, full.cooperativesPerSecond.median, rawChain.pgStepsPerSecond.median);
  const matchingMs = await matchingScaling(stack);
  const registrationMs = await registrationScaling(stack);
  const read = await reads(stack, warmUp.id);

  log(`${smtp.received} emails delivered to the SMTP sink`);
  const results: BenchResults = {
    startedAt,
    durationSeconds: (performance.now() - benchStarted) / 1000,
    machine: machine(monitor.stop()),
    options,
    rawChain,
    system: { full, spine },
    latency,
    scaling: { registrationMs, matchingMs },
    read: read.figures,
    peakRssMiB: { ...services.peakRss(), 'bare route (baseline)': read.bareRoutePeakRssMiB, 'bench (driver, raw chain)': process.memoryUsage().rss / 2 ** 20 },
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
