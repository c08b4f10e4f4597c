// Import boundaries of src/ (house style, section 1). Run: npm run lint:deps
//
//   ingest -> clean -> segment -> group -> measure -> compare -> chart   (analysis stages, in order)
//   stats/    generic statistics (p-values, quantiles, intervals, the NaN/null rule): imports
//             nothing from src/ but types/errors; group/ and every later folder may use it
//   group/    the one "findings per group" step: documents into groups, word totals, counts,
//             rates per 1,000 words and intervals (mergeable partial tables)
//   stream/   the streaming engine (JSON Lines through worker threads); may use ingest..group, measure
//   shard/    partial tables: count a shard, merge partials, statistics after the merge; may use ingest..compare
//   frame/    the only folder that imports danfojs / @tensorflow; may use ingest..compare
//   render/   chart and everything before it
//   recipes/  any stage (not cli)
//   cli/      imported by nothing
//   index.ts  everything except cli
//   types.ts, errors.ts  shared by all; import only each other
//
// Rules are allow-lists: a stage that imports anything in src/ not listed for it fails, so
// a new folder has to be placed in the order here before code may use it.

/** Analysis stages, earliest first. */
const STAGES = ["ingest", "clean", "segment", "group", "measure", "compare", "chart"];
const SHARED = "^src/(types|errors)\\.ts$";
const dir = (names) => `^src/(${names.join("|")})/`;

/** Folders each folder of src/ may import from (besides itself, types.ts and errors.ts). */
const allowed = {};
STAGES.forEach((stage, i) => {
  allowed[stage] = [...STAGES.slice(0, i + 1), "frame"];
});
allowed.frame = ["frame", ...STAGES.slice(0, STAGES.indexOf("compare") + 1)];
allowed.render = ["render", "frame", ...STAGES];
allowed.stream = ["stream", ...STAGES.slice(0, STAGES.indexOf("measure") + 1)];
// Partial tables (issue 13): count a shard, merge, statistics after the merge; built on
// every counting stage up to compare/ (keyness of selections, term rates).
allowed.shard = ["shard", ...STAGES.slice(0, STAGES.indexOf("compare") + 1)];
allowed.recipes = ["recipes", "render", "frame", "stream", "shard", ...STAGES];
allowed.stats = ["stats"];
// Generic statistics serve the grouping step and every stage after it.
for (const from of ["group", "measure", "compare", "chart", "frame", "render", "stream", "shard", "recipes"]) allowed[from].push("stats");

const layerRules = Object.entries(allowed).map(([from, to]) => ({
  name: `layer-${from}`,
  severity: "error",
  comment:
    `src/${from}/ may import only from src/{${[...new Set(to)].join(",")}}/, ` +
    "src/types.ts and src/errors.ts (house style: a stage imports only from earlier stages).",
  from: { path: `^src/${from}/` },
  to: { path: "^src/", pathNot: [dir([...new Set(to)]), SHARED] },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "cli-calls-recipes",
      severity: "error",
      comment:
        "The CLI parses arguments and calls recipes (or the public API); it never draws a chart, groups " +
        "documents or tokenizes itself: assemble the analysis in src/recipes/ (house style, section 8).",
      from: { path: "^src/cli/" },
      to: { path: "^src/(chart|group|segment|clean|frame|stats)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "documents-grouped-in-one-step",
      severity: "error",
      comment:
        "Documents are placed in groups only by the findings-per-group step (src/group/): use " +
        "findingsPerGroup, its tally or TermCounter, never groupingOf directly.",
      from: { path: "^src/", pathNot: "^src/group/" },
      to: { path: "^src/group/grouping-of\\.ts$" },
    },
    {
      name: "intervals-in-one-step",
      severity: "error",
      comment:
        "Rates and their intervals per group are computed by the findings-per-group step " +
        "(src/group/group-rates.ts): import ratePer1k / rateInterval / confidenceZ from there.",
      from: { path: "^src/", pathNot: "^src/(group|stats)/" },
      to: { path: "^src/stats/(wilson-interval|normal-quantile)\\.ts$" },
    },
    {
      name: "shared-modules-are-leaves",
      severity: "error",
      comment: "src/types.ts and src/errors.ts are shared by every stage; they import only each other.",
      from: { path: SHARED },
      to: { path: "^src/", pathNot: SHARED },
    },
    {
      name: "lexicons-are-data",
      severity: "error",
      comment: "src/measure/lexicons/ holds data only: word lists (and types.ts for their type).",
      from: { path: "^src/measure/lexicons/" },
      to: { path: "^src/", pathNot: ["^src/measure/lexicons/", SHARED] },
    },
    {
      name: "index-not-to-cli",
      severity: "error",
      comment: "src/index.ts is the library entry; the CLI is an application on top of it.",
      from: { path: "^src/index\\.ts$" },
      to: { path: "^src/cli/" },
    },
    {
      name: "nothing-imports-cli",
      severity: "error",
      comment: "Nothing imports src/cli/: it is the outermost layer (argv -> recipes -> files).",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "danfo-only-in-frame",
      severity: "error",
      comment:
        "Only src/frame/ imports danfojs (and the TensorFlow.js it runs on): an optional peer " +
        "dependency, loaded on first use (src/frame/load-danfo.ts).",
      from: { path: "^src/", pathNot: "^src/frame/" },
      to: { path: ["(^|/)node_modules/danfojs(-node)?/", "^danfojs(-node)?$", "(^|/)node_modules/@tensorflow/", "^@tensorflow/"] },
    },
    {
      name: "src-not-to-tests-or-tools",
      severity: "error",
      comment: "Library code does not import tests, benchmarks, notebooks or the bin wrapper.",
      from: { path: "^src/" },
      to: { path: "^(test|bench|notebooks|bin|scripts)/" },
    },
    {
      name: "no-circular",
      severity: "error",
      comment:
        "Circular dependency. Type-only cycles are tolerated (they vanish at runtime); value " +
        "cycles are not.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "This import does not resolve to a file or an installed package.",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "not-to-dev-dep",
      severity: "error",
      comment:
        "src/ ships to users: it must not import a devDependency (vitest, ajv, fast-check, " +
        "dependency-cruiser, typescript). Move the package to dependencies or the code to test/. " +
        "An optional peer (danfojs) is also a devDependency, for the tests: that is allowed.",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only", "npm-peer"], pathNot: "node_modules/@types/" },
    },
    {
      name: "no-non-package-json",
      severity: "error",
      comment: "This module imports an npm package that is not in package.json (it only works by accident).",
      from: {},
      // dependency-cruiser also tags a peer dependency "npm-no-pkg"; a declared peer is in package.json.
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"], dependencyTypesNot: ["npm-peer"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // node_modules is not followed, but must not be excluded: excluding it drops every edge
    // to a package, and the package rules above would never fire.
    exclude: { path: "^(dist|\\.jupyter)/" },
    // Count `import type` too: a type from a later stage is still a layering violation.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".d.ts", ".js", ".cjs", ".mjs", ".json"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
