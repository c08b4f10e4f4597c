import { absolutesRule } from "./absolutes";
import { anaphoraRule } from "./anaphora";
import { antithesisRule } from "./antithesis";
import { appealToFearRule } from "./appeal-to-fear";
import { appealToHistoryRule } from "./appeal-to-history";
import { conditionRule } from "./condition";
import { doubtRule } from "./doubt";
import { epistropheRule } from "./epistrophe";
import { falseDilemmaRule } from "./false-dilemma";
import { flagWavingRule } from "./flag-waving";
import { hypophoraRule } from "./hypophora";
import { inGroupRule } from "./in-group";
import { listOfThreeRule } from "./list-of-three";
import { loadedLanguageRule } from "./loaded-language";
import { nameCallingRule } from "./name-calling";
import { necessityRule } from "./necessity";
import { neitherNorRule } from "./neither-nor";
import { outGroupRule } from "./out-group";
import { quantificationRule } from "./quantification";
import { repetitionRule } from "./repetition";
import { rhetoricalQuestionRule } from "./rhetorical-question";
import { accusationRule } from "./accusation";
import { whataboutismRule } from "./whataboutism";
import { clicheRule } from "./cliche";
import { exaggerationRule } from "./exaggeration";
import { soCalledRule } from "./so-called";
import { scareQuotesRule } from "./scare-quotes";
import { sloganRule } from "./slogan";
import { loadedLanguageMildRule } from "./loaded-language-mild";
import { personLabelRule } from "./person-label";
import type { RhetoricRule } from "./rule";

/** The built-in rules, in the order rows of one span are listed. @internal */
export const BUILT_IN_RULES: readonly RhetoricRule[] = [
  rhetoricalQuestionRule,
  hypophoraRule,
  antithesisRule,
  anaphoraRule,
  epistropheRule,
  listOfThreeRule,
  falseDilemmaRule,
  neitherNorRule,
  absolutesRule,
  inGroupRule,
  outGroupRule,
  nameCallingRule,
  loadedLanguageRule,
  repetitionRule,
  necessityRule,
  conditionRule,
  appealToHistoryRule,
  quantificationRule,
  flagWavingRule,
  appealToFearRule,
  doubtRule,
  accusationRule,
  whataboutismRule,
  clicheRule,
  exaggerationRule,
  soCalledRule,
  scareQuotesRule,
  sloganRule,
  loadedLanguageMildRule,
  personLabelRule,
];
