// Command-line options of the bench scripts: `--name VALUE` pairs read from process.argv.

/** The value after `name` in `args` (a string), or `def` when `name` is absent. */
export function stringOption(args, name, def) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
}

/** The value after `name` in `args` as a number (NaN when it is not one), or `def` when `name` is absent. */
export function numberOption(args, name, def) {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
}
