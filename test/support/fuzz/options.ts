/**
 * How many cases, from which seed. `npm test` (CI) runs a bounded number so the suite stays
 * within about a minute on two cores; `npm run fuzz -- --runs 20000` runs more. A failure
 * prints its seed and path: FUZZ_SEED (and FUZZ_PATH, to replay just that case) reproduce it.
 */
export const CI_RUNS = 600;

export interface FuzzOptions {
  seed: number;
  runs: number;
  path?: string;
}

export function fuzzOptions(environment: NodeJS.ProcessEnv = process.env): FuzzOptions {
  const seed = environment.FUZZ_SEED ? Number(environment.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const runs = environment.FUZZ_RUNS ? Number(environment.FUZZ_RUNS) : CI_RUNS;
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${environment.FUZZ_SEED}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, not ${environment.FUZZ_RUNS}`);
  return { seed, runs, path: environment.FUZZ_PATH || undefined };
}
