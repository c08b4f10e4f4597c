#!/usr/bin/env node
// Starts the tslab (TypeScript) kernel for Jupyter. `discourse-lab kernel install` copies
// this file into the kernel's folder; kernel.json runs it as
//   node tslab-launcher.cjs {connection_file} [FALLBACK]
// and `node tslab-launcher.cjs --which [FALLBACK]` prints the tslab it would start and a
// tab and "project" or "registered" (which of the two below it is).
//
// Which tslab: the project's own. Jupyter starts a kernel in the notebook's folder, so the
// nearest node_modules/tslab from there upward is the one installed with that project's
// discourse-lab, and each project's notebooks run its own versions. Outside any project,
// FALLBACK: the tslab that came with the discourse-lab that registered this kernel.
"use strict";
const fs = require("fs");
const path = require("path");

const MAIN = ["node_modules", "tslab", "dist", "main.js"];

/** The nearest node_modules/tslab/dist/main.js from dir upward (as tslab itself looks). */
function projectTslab(dir) {
  for (;;) {
    if (path.basename(dir) !== "node_modules") {
      const main = path.join(dir, ...MAIN);
      if (fs.existsSync(main)) return main;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function chooseTslab(fallback) {
  const local = projectTslab(process.cwd());
  if (local) return { main: local, which: "project" };
  if (fallback && fs.existsSync(fallback)) return { main: fallback, which: "registered" };
  process.stderr.write(
    `discourse-lab kernel: no tslab in a node_modules folder of ${process.cwd()} or its parents` +
      (fallback ? `, and ${fallback} (where it was when this kernel was registered) is gone` : "") +
      ".\nRun `npm install` in your notebook project (discourse-lab brings tslab), or register the kernel again:" +
      " npx discourse-lab kernel install\n",
  );
  process.exit(1);
}

const args = process.argv.slice(2);
if (args[0] === "--which") {
  const { main, which } = chooseTslab(args[1]);
  process.stdout.write(`${main}\t${which}\n`);
} else if (args.length === 0 || args[0].startsWith("-")) {
  process.stderr.write("usage: node tslab-launcher.cjs CONNECTION_FILE [FALLBACK_TSLAB_MAIN] | --which [FALLBACK_TSLAB_MAIN]\n");
  process.exit(2);
} else {
  const { main } = chooseTslab(args[1]);
  // natural@8 (a discourse-lab dependency) prints dotenv notices on import unless quiet.
  process.env.DOTENV_CONFIG_QUIET = process.env.DOTENV_CONFIG_QUIET || "true";
  process.argv = [process.argv[0], main, "kernel", "--config-path", args[0]];
  require(main).main();
}
