#!/usr/bin/env node
/**
 * `npm run fuzz -- --runs 20000 [--seed N] [--path P]`: the fuzz suite alone, with more cases
 * than `npm test` runs. The options become FUZZ_RUNS, FUZZ_SEED and FUZZ_PATH (which also work
 * on their own); the suite runs under jest as in CI, against a database of its own.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const env = { ...process.env };
const names = { '--runs': 'FUZZ_RUNS', '--seed': 'FUZZ_SEED', '--path': 'FUZZ_PATH' };
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
  const [flag, inline] = args[index].split('=');
  if (!(flag in names)) {
    process.stderr.write(`unknown option ${args[index]}; use --runs N, --seed N or --path P\n`);
    process.exit(2);
  }
  env[names[flag]] = inline ?? args[++index];
}
env.FUZZ_RUNS ??= '20000';
const root = path.resolve(__dirname, '../../..');
const jest = require.resolve('jest/bin/jest', { paths: [root] });
const result = spawnSync(process.execPath, [jest, '--selectProjects', 'e2e', '--runTestsByPath', 'test/fuzz.e2e-spec.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
