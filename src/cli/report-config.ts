/**
 * The report configuration `discourse-lab init` writes: the report's sections in order, each
 * naming its recipe and the parameters it runs with (the recipes' own defaults, so the file
 * cannot drift from what `discourse-lab report` does).
 */
import YAML from "yaml";
import { COMPARE_PARAMS } from "../recipes/compare-across-dates";
import { QUICKSTART_PARAMS } from "../recipes/quickstart";
import { RHETORIC_PARAMS } from "../recipes/rhetoric-profile";
import { STANCE_PARAMS } from "../recipes/stance-report";

/** The file name in a new project. */
export const REPORT_CONFIG_FILE = "report.yaml";

/** The sections of `discourse-lab report`, in its order: recipe, what it shows, its parameters. */
export const REPORT_SECTIONS = [
  { recipe: "quickstart", notebook: "01-quickstart", shows: "top terms by era, terms across the decades, the same split by a metadata field", params: QUICKSTART_PARAMS },
  { recipe: "compareAcrossDates", notebook: "02-compare-across-dates", shows: "key terms since a date, rise and fall between eras, trends with confidence bands, dispersion, two speeches side by side", params: COMPARE_PARAMS },
  { recipe: "stanceReport", notebook: "03-stance", shows: "stance profile of speakers (hedges, boosters, attitude, engagement) and stance toward one target over time", params: STANCE_PARAMS },
  { recipe: "rhetoricProfile", notebook: "04-rhetoric", shows: "rhetoric rules per era, chosen rules by decade, the biggest change with its spans, us-versus-them", params: RHETORIC_PARAMS },
] as const;

/**
 * The YAML text of the report configuration for a corpus (a path relative to the project).
 * Comments say what each section shows and that `report` does not read the file yet.
 */
export function reportConfigYaml(corpus: string, out: string, version: string): string {
  const doc = new YAML.Document({
    format: 1,
    corpus,
    out,
    sections: REPORT_SECTIONS.map((s) => ({ recipe: s.recipe, params: s.params })),
  }, { aliasDuplicateObjects: false }); // the eras each section shares are written out, not as YAML anchors
  doc.commentBefore = [
    ` Report configuration, written by \`discourse-lab init\` (discourse-lab ${version}).`,
    "",
    " The sections of `discourse-lab report`, in order, each with the recipe that draws it and",
    " its parameters (the defaults of the recipes, tuned on the bundled State of the Union corpus:",
    " eras of US history, its terms and speeches). Edit them for your texts.",
    "",
    " The report command does not read this file yet: today",
    `   npx discourse-lab report --corpus ${corpus} --out ${out}`,
    " runs every section with the defaults shown here. A later version reads it with",
    ` --config ${REPORT_CONFIG_FILE}; until then it records what your report should contain.`,
    " Notebooks do not read it either: their parameters cell is theirs.",
  ].join("\n");
  const sections = doc.get("sections") as YAML.YAMLSeq;
  sections.items.forEach((item, i) => {
    const s = REPORT_SECTIONS[i];
    (item as YAML.YAMLMap).commentBefore = ` ${s.recipe} (notebook ${s.notebook}): ${s.shows}`;
  });
  return doc.toString({ lineWidth: 0 });
}
