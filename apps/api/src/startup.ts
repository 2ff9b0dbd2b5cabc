/** A process that cannot start says why on stderr (a bad setting names its variable) and exits. */
export function exitOnStartupFailure(error: unknown): never {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
