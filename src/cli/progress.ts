import { SingleBar, Presets } from "cli-progress";

/** A progress bar, or nothing when stderr is not a terminal. */
export interface Progress {
  update(value: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

/** A cli-progress bar on stderr when `enabled` (a terminal, --progress not turned off). */
export function progressReporter(enabled: boolean, total: number, unit: string): Progress {
  if (!enabled || total <= 0) return NONE;
  const bar = new SingleBar(
    { stream: process.stderr, format: `{bar} {percentage}% | {value}/{total} ${unit} | eta {eta}s`, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  let last = 0;
  return {
    update(value) {
      if (value - last >= total / 200 || value >= total) {
        last = value;
        bar.update(value);
      }
    },
    stop: () => bar.stop(),
  };
}
