import path from 'node:path';

/** The bench's command line: `npm run bench -- --runs 3 --cooperatives 20 --large`. */
export interface BenchOptions {
  /** Runs per figure (the median of these is reported). */
  runs: number;
  /** Cooperatives driven through the whole flow per throughput run. */
  cooperatives: number;
  /** Chains per raw-chain run (each chain is four steps). */
  chains: number;
  /** Cooperatives already registered for the "large" point of the scaling figure. */
  existingCooperatives: number;
  /** Partners for the "large" point of the matching figure. */
  partners: number;
  /** Seconds of load per autocannon run. */
  loadSeconds: number;
  /** Seconds of paced arrivals per latency run. */
  latencySeconds: number;
  /** Fractions of the peak rate at which latency is measured. */
  latencyFractions: number[];
  /** Rows of the import timed per scaling run. */
  registrations: number;
  /** Cooperatives whose matching is timed per run. */
  matchings: number;
  /** The whole bench is stopped (and cleaned up) after this many seconds. */
  timeLimitSeconds: number;
  /** Where the services write V8 CPU profiles (`--cpu-prof`), or null for none. */
  cpuProfileDirectory: string | null;
}

const USAGE = `npm run bench -- [options]
  --runs N                runs per figure, median reported (default 3, at least 3)
  --cooperatives N        cooperatives per throughput run (default 24)
  --chains N              chains per raw-chain run (default 500)
  --existing N            cooperatives already registered at the large scaling point (default 10000)
  --large                 the full-size scaling point: --existing 80000
  --partners N            partners at the large matching point (default 10000)
  --load-seconds N        seconds per autocannon run (default 3)
  --latency-seconds N     seconds of paced arrivals per latency run (default 5)
  --latency-fractions L   comma-separated fractions of peak (default 0.5,0.333)
  --registrations N       rows of the import timed per scaling run (default 200)
  --matchings N           matchings timed per run (default 8)
  --time-limit N          abort (and clean up) after N seconds (default 600; 1800 with --large)
  --cpu-prof DIR          the services write V8 CPU profiles to DIR (open in Chrome DevTools)`;

export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    runs: 3,
    cooperatives: 24,
    chains: 500,
    existingCooperatives: 10_000,
    partners: 10_000,
    loadSeconds: 3,
    latencySeconds: 5,
    latencyFractions: [0.5, 1 / 3],
    registrations: 200,
    matchings: 8,
    timeLimitSeconds: 600,
    cpuProfileDirectory: null,
  };
  let large = false;
  let timeLimitSet = false;
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = () => {
      const raw = argv[++index];
      if (raw === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return raw;
    };
    const count = (min: number) => {
      const parsed = Number(value());
      if (!Number.isInteger(parsed) || parsed < min) throw new Error(`${flag} must be an integer ≥ ${min}\n${USAGE}`);
      return parsed;
    };
    switch (flag) {
      case '--runs': options.runs = count(3); break;
      case '--cooperatives': options.cooperatives = count(1); break;
      case '--chains': options.chains = count(10); break;
      case '--existing': options.existingCooperatives = count(1_000); break;
      case '--large': large = true; break;
      case '--partners': options.partners = count(100); break;
      case '--load-seconds': options.loadSeconds = count(1); break;
      case '--latency-seconds': options.latencySeconds = count(1); break;
      case '--latency-fractions':
        options.latencyFractions = value().split(',').map(Number);
        if (options.latencyFractions.some((f) => !(f > 0 && f <= 1))) throw new Error(`--latency-fractions must be in (0, 1]\n${USAGE}`);
        break;
      case '--registrations': options.registrations = count(1); break;
      case '--matchings': options.matchings = count(1); break;
      case '--time-limit': options.timeLimitSeconds = count(60); timeLimitSet = true; break;
      case '--cpu-prof': options.cpuProfileDirectory = path.resolve(value()); break;
      case '--help': case '-h': process.stdout.write(`${USAGE}\n`); process.exit(0); break;
      default: throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  if (large) {
    options.existingCooperatives = 80_000;
    if (!timeLimitSet) options.timeLimitSeconds = 1_800;
  }
  return options;
}
