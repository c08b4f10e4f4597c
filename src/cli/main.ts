/**
 * The `discourse-lab` command line: argv -> recipes -> stdout and files. Commands are
 * thin; exit 0 on success, 2 on a usage error, 1 on an input or runtime error, with a
 * one-line message on stderr (never a stack trace for a user error).
 */
import { Command, CommanderError } from "commander";
import { DiscourseError, ErrorCode, isResourceExhaustion } from "../errors";
import { registerCompareCommands } from "./compare-commands";
import { registerCorpusCommands } from "./corpus-commands";
import { registerFrequencyCommands } from "./freq-commands";
import { registerStanceCommands } from "./stance-commands";
import { registerVoicesCommands } from "./voices-commands";
import { registerRhetoricCommands } from "./rhetoric-commands";
import { registerKernelCommands } from "./kernel-commands";
import { registerInitCommand } from "./init-commands";
import { registerReportCommand } from "./report-commands";
import { registerKitCommands } from "./kit-commands";
import { registerShardCommands } from "./shard-commands";
import { flushWarnings, resolveStopwordFlag, UsageError, usageLine, type CliIo } from "./shared";

export type { CliIo } from "./shared";

const processIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutStream: process.stdout,
};

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    flushWarnings(io);
    return 0;
  } catch (e) {
    flushWarnings(io);
    if (e instanceof CommanderError) {
      // --help, help and --version exit 0; help shown for a missing subcommand is a usage error.
      if (e.exitCode === 0) return 0;
      return 2; // commander already printed the message
    }
    if (e instanceof UsageError) {
      io.stderr(`discourse-lab: ${e.message}\n`);
      return 2;
    }
    if (e instanceof DiscourseError && e.code === ErrorCode.resourceLimit) {
      io.stderr(`discourse-lab ${commandOf(argv)}: ${e.message}; ${helpOf(argv)}\n`);
      return 1;
    }
    if (e instanceof DiscourseError) {
      io.stderr(`discourse-lab: ${e.message}\n`);
      return e.code === ErrorCode.invalidArgument ? 2 : 1;
    }
    if (isResourceExhaustion(e)) {
      // A string, array or stack too large for the engine: the input is too big for what was asked.
      io.stderr(`discourse-lab ${commandOf(argv)}: out of memory (${e.message}); ${helpOf(argv)}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === "string" && err.path) {
      io.stderr(`discourse-lab: ${err.path}: ${err.message}\n`);
      return 1;
    }
    io.stderr(`discourse-lab: internal error: ${err?.stack ?? String(e)}\n`);
    return 1;
  }
}

function buildProgram(io: CliIo): Command {
  const program = new Command("discourse-lab")
    .description("Discourse analysis of political speech: term frequency, comparison across dates, charts and reports.")
    .exitOverride()
    // Options belong to the command they follow ("voices --published" vs "voices fidelity --published").
    .enablePositionalOptions()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (message, write) => write(usageLine(message)) })
    .hook("preAction", resolveStopwordFlag);
  const chart = program.command("chart").description("write a chart as .vl.json, .svg and .png");
  registerFrequencyCommands(program, chart, io);
  registerCompareCommands(program, chart, io);
  registerStanceCommands(program, chart, io);
  registerVoicesCommands(program, chart, io);
  registerRhetoricCommands(program, chart, io);
  registerCorpusCommands(program, chart, io);
  registerReportCommand(program, io);
  registerKitCommands(program, io);
  registerShardCommands(program, io);
  registerInitCommand(program, io);
  registerKernelCommands(program, io);
  return program;
}

/** The command of argv ("kwic", "chart rhetoric", "stance markers"): its leading words. */
function commandOf(argv: readonly string[]): string {
  const words: string[] = [];
  for (const a of argv) {
    if (a.startsWith("-") || words.length === 2) break;
    words.push(a);
  }
  if (words.length === 2 && !["chart", "stance", "corpus", "kernel"].includes(words[0])) words.pop();
  return words.join(" ") || "(no command)";
}

/** What helps when a command runs out of room: the options that make its work smaller. */
function helpOf(argv: readonly string[]): string {
  const command = commandOf(argv);
  const where = "--where to select fewer documents";
  if (command.startsWith("chart ")) return `try ${where}, or a coarser --by (decade, speaker)`;
  if (["kwic", "dispersion", "rhetoric", "stance markers", "stance target", "stance sentiment", "voices"].includes(command)) {
    return `try --limit K${command === "kwic" ? ", a smaller --context-chars or --window" : ""}, or ${where}`;
  }
  if (command === "freq" || command === "keyness" || command === "compare" || command === "collocates") return `try --top K or --min-count N, or ${where}`;
  return `try ${where}`;
}
