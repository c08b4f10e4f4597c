/** Runs the CLI in-process with captured output, for the CLI tests. */
import { main, type CliIo } from "../../src/cli/main";

/** What one CLI run returned: exit code and everything written to stdout and stderr. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `discourse-lab ...argv` in-process (stderr is not a terminal: no progress bar). */
export async function run(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), stderrIsTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The objects of JSON Lines output. */
export const jsonl = (out: string): Record<string, unknown>[] => out.split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l) as Record<string, unknown>);

/** The library's rows as the CLI prints them (NaN and Infinity become null in JSON). */
export const asJson = (rows: readonly object[]): unknown[] => rows.map((r) => JSON.parse(JSON.stringify(r)));
