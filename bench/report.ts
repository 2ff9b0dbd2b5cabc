import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './options';
import type { Summary } from './stats';

export interface LatencyAtFraction {
  fraction: number;
  systemP50Ms: Summary;
  systemP99Ms: Summary;
  systemSamples: Summary;
  rawChainP50Ms: Summary;
  rawChainP99Ms: Summary;
}

export interface BenchResults {
  startedAt: string;
  durationSeconds: number;
  /** otherProcesses: the share of the machine that processes other than the bench's used, per phase. */
  machine: { cpus: number; memoryGiB: number; node: string; otherProcesses: Record<string, number> };
  options: BenchOptions;
  rawChain: { pgStepsPerSecond: Summary; noopStepsPerSecond: Summary };
  system: {
    full: Record<'transitionsPerSecond' | 'cooperativesPerSecond' | 'transitionsPerSecondAfterSignUp' | 'signUpsPerSecond', Summary>;
    spine: Record<'transitionsPerSecond' | 'cooperativesPerSecond' | 'transitionsPerSecondAfterSignUp' | 'signUpsPerSecond', Summary>;
  };
  latency: LatencyAtFraction[];
  scaling: {
    registrationMs: { small: Summary; large: Summary; smallCount: number; largeCount: number };
    matchingMs: { small: Summary; large: Summary; smallCount: number; largeCount: number };
  };
  read: { bareRouteRequestsPerSecond: Summary; cooperativeReadRequestsPerSecond: Summary; cooperativeReadP99Ms: Summary };
  peakRssMiB: Record<string, number>;
  goals?: GoalResult[];
}

export interface GoalResult {
  goal: string;
  measured: number;
  target: string;
  pass: boolean;
  detail: string;
}

/** The six goals of issue 7, each a ratio of medians. */
export function evaluateGoals(results: BenchResults): GoalResult[] {
  const raw = results.rawChain.pgStepsPerSecond.median;
  const third = closestTo(results.latency, 1 / 3);
  const { registrationMs, matchingMs } = results.scaling;
  const ratio = (a: number, b: number) => a / b;
  const goals: { goal: string; measured: number; atLeast?: number; atMost?: number; detail: string }[] = [
    {
      goal: 'spine ≥ 1.0× raw chain',
      measured: ratio(results.system.spine.transitionsPerSecond.median, raw),
      atLeast: 1.0,
      detail: `${fmt(results.system.spine.transitionsPerSecond.median)} transitions/s vs ${fmt(raw)} steps/s`,
    },
    {
      goal: 'full system ≥ 0.5× raw chain',
      measured: ratio(results.system.full.transitionsPerSecond.median, raw),
      atLeast: 0.5,
      detail: `${fmt(results.system.full.transitionsPerSecond.median)} transitions/s vs ${fmt(raw)} steps/s`,
    },
    {
      goal: `p99 commit→in-app ≤ 3× raw chain p99 (at ${fmtFraction(third?.fraction)} of peak)`,
      measured: third ? ratio(third.systemP99Ms.median, third.rawChainP99Ms.median) : NaN,
      atMost: 3,
      detail: third ? `${fmt(third.systemP99Ms.median)} ms vs ${fmt(third.rawChainP99Ms.median)} ms` : 'not measured',
    },
    {
      goal: `cost per cooperative at ${count(registrationMs.largeCount)} ≤ 1.2× at ${count(registrationMs.smallCount)}`,
      measured: ratio(registrationMs.large.median, registrationMs.small.median),
      atMost: 1.2,
      detail: `${fmt(registrationMs.large.median)} ms vs ${fmt(registrationMs.small.median)} ms per imported cooperative`,
    },
    {
      goal: `matching at ${count(matchingMs.largeCount)} partners ≤ 1.2× at ${count(matchingMs.smallCount)}`,
      measured: ratio(matchingMs.large.median, matchingMs.small.median),
      atMost: 1.2,
      detail: `${fmt(matchingMs.large.median)} ms vs ${fmt(matchingMs.small.median)} ms`,
    },
    {
      goal: 'cooperative read ≥ 0.5× bare route',
      measured: ratio(results.read.cooperativeReadRequestsPerSecond.median, results.read.bareRouteRequestsPerSecond.median),
      atLeast: 0.5,
      detail: `${fmt(results.read.cooperativeReadRequestsPerSecond.median)} req/s vs ${fmt(results.read.bareRouteRequestsPerSecond.median)} req/s`,
    },
  ];
  return goals.map(({ goal, measured, atLeast, atMost, detail }) => ({
    goal,
    measured,
    target: atLeast !== undefined ? `≥ ${atLeast}×` : `≤ ${atMost}×`,
    pass: Number.isFinite(measured) && (atLeast !== undefined ? measured >= atLeast : measured <= atMost!),
    detail,
  }));
}

export function renderMarkdown(results: BenchResults): string {
  const rows: [string, Summary, string][] = [
    ['1a raw chain (4 queues, pg transaction per step)', results.rawChain.pgStepsPerSecond, 'steps/s'],
    ['1b raw chain, no-op steps', results.rawChain.noopStepsPerSecond, 'steps/s'],
    ['2 full system: transitions committed', results.system.full.transitionsPerSecond, 'transitions/s'],
    ['2 full system: cooperatives completed (→ PARTNERED, all notified)', results.system.full.cooperativesPerSecond, 'cooperatives/s'],
    ['2 full system: sign-ups (register + officer login)', results.system.full.signUpsPerSecond, 'sign-ups/s'],
    ['2 full system: transitions after sign-up (plan → PARTNERED)', results.system.full.transitionsPerSecondAfterSignUp, 'transitions/s'],
    ['2 spine (notifier stopped): transitions committed', results.system.spine.transitionsPerSecond, 'transitions/s'],
    ['2 spine: cooperatives completed', results.system.spine.cooperativesPerSecond, 'cooperatives/s'],
    ['2 spine: transitions after sign-up', results.system.spine.transitionsPerSecondAfterSignUp, 'transitions/s'],
  ];
  for (const latency of results.latency) {
    const at = `at ${fmtFraction(latency.fraction)} of peak`;
    rows.push(
      [`3 commit → in-app p50, ${at}`, latency.systemP50Ms, 'ms'],
      [`3 commit → in-app p99, ${at}`, latency.systemP99Ms, 'ms'],
      [`3 notifications sampled per run, ${at}`, latency.systemSamples, 'rows'],
      [`3 raw chain step p50, ${at}`, latency.rawChainP50Ms, 'ms'],
      [`3 raw chain step p99, ${at}`, latency.rawChainP99Ms, 'ms'],
    );
  }
  const { registrationMs, matchingMs } = results.scaling;
  rows.push(
    [`4 import at ${count(registrationMs.smallCount)} cooperatives`, registrationMs.small, 'ms per cooperative'],
    [`4 import at ${count(registrationMs.largeCount)} cooperatives`, registrationMs.large, 'ms per cooperative'],
    [`4 matching at ${count(matchingMs.smallCount)} partners`, matchingMs.small, 'ms'],
    [`4 matching at ${count(matchingMs.largeCount)} partners`, matchingMs.large, 'ms'],
    ['5 bare NestJS route (one PK select)', results.read.bareRouteRequestsPerSecond, 'req/s'],
    ['5 GET /v1/cooperatives/:id (admin token)', results.read.cooperativeReadRequestsPerSecond, 'req/s'],
    ['5 GET /v1/cooperatives/:id p99 under load', results.read.cooperativeReadP99Ms, 'ms'],
  );
  const figureTable = [
    '| Figure | Median | Min | Max | Unit |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map(([name, summary, unit]) => `| ${name} | ${fmt(summary.median)} | ${fmt(summary.min)} | ${fmt(summary.max)} | ${unit} |`),
  ];
  const memoryTable = [
    '| Process | Peak RSS (VmHWM) |',
    '| --- | ---: |',
    ...Object.entries(results.peakRssMiB).map(([name, mib]) => `| ${name} | ${fmt(mib)} MiB |`),
  ];
  const goalTable = [
    '| Goal | Measured | Target | Result | Medians compared |',
    '| --- | ---: | ---: | --- | --- |',
    ...(results.goals ?? []).map((goal) => `| ${goal.goal} | ${fmt(goal.measured)}× | ${goal.target} | ${goal.pass ? 'PASS' : 'SHORT'} | ${goal.detail} |`),
  ];
  const o = results.options;
  return [
    `# Benchmark ${results.startedAt}`,
    '',
    `${results.machine.cpus} CPUs, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}; ${o.runs} runs per figure (median, min, max); ` +
      `${o.cooperatives} cooperatives per throughput run, ${o.chains} chains per raw-chain run, ${o.loadSeconds} s per autocannon run; ` +
      `took ${Math.round(results.durationSeconds)} s. ${contention(results)}`,
    '',
    ...figureTable,
    '',
    '## Goals',
    '',
    ...goalTable,
    '',
    '## Peak memory',
    '',
    ...memoryTable,
    '',
  ].join('\n');
}

export function writeResults(root: string, results: BenchResults, markdown: string): { json: string; md: string } {
  const directory = path.join(root, 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  const stamp = results.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const json = path.join(directory, `${stamp}.json`);
  const md = path.join(directory, `${stamp}.md`);
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(md, markdown);
  return { json, md };
}

export function machine(otherProcesses: Record<string, number>): BenchResults['machine'] {
  return { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.versions.node, otherProcesses };
}

/** Phases during which other processes used more than a tenth of the machine: their figures are skewed. */
function contention(results: BenchResults): string {
  const busy = Object.entries(results.machine.otherProcesses).filter(([, share]) => share > 0.1);
  const worst = Math.max(0, ...Object.values(results.machine.otherProcesses));
  return busy.length === 0
    ? `Other processes used at most ${(worst * 100).toFixed(0)}% of the machine in any phase.`
    : `**Warning:** other processes used ${busy.map(([phase, share]) => `${(share * 100).toFixed(0)}% of the machine during ${phase}`).join(', ')}; those figures are skewed.`;
}

function closestTo(latencies: LatencyAtFraction[], fraction: number): LatencyAtFraction | undefined {
  return [...latencies].sort((a, b) => Math.abs(a.fraction - fraction) - Math.abs(b.fraction - fraction))[0];
}

export function fmt(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return Math.round(value).toLocaleString('en-US');
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function fmtFraction(fraction: number | undefined): string {
  if (fraction === undefined) return '?';
  const inverse = 1 / fraction;
  return Math.abs(inverse - Math.round(inverse)) < 0.02 ? `1/${Math.round(inverse)}` : fraction.toFixed(2);
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
