#!/usr/bin/env node
"use strict";
// The command line of discourse-lab; the compiled library lives in ../dist (built by `npm ci` via `prepare`).
process.env.DOTENV_CONFIG_QUIET = process.env.DOTENV_CONFIG_QUIET || "true";
// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on("error", (err) => {
  if (err && err.code === "EPIPE") process.exit(0);
  throw err;
});
require("../dist/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
