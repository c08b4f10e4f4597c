/**
 * discourse-lab: the public API, grouped by pipeline stage
 * (ingest -> segment -> measure -> chart -> render, with frame/ and recipes/).
 * Everything here is a named export; nothing else is public.
 */

// Data types and errors
export type { Corpus, Document, MetaValue, OnWarning, Sentence, Tokens, Vocabulary, Warning } from "./types";
export { TokenKind } from "./types";
export { DiscourseError, ErrorCode, invalidDateReason, type ErrorLocation } from "./errors";

// ingest: files, strings, npm corpora -> Corpus
export { sotuCorpus, type SotuCorpusOptions } from "./ingest/sotu-corpus";
export { jsonlDocuments, type JsonlDocumentsOptions } from "./ingest/jsonl-documents";
export { csvDocuments } from "./ingest/csv-documents";
export { folderDocuments } from "./ingest/folder-documents";
export { corpusDocuments } from "./ingest/corpus-documents";
export { readJsonl } from "./ingest/read-jsonl";
export { readCsv, type ReadCsvOptions } from "./ingest/read-csv";
export { readFolder, type ReadFolderOptions } from "./ingest/read-folder";
export { readJson } from "./ingest/read-json";
export type { JsonFieldOptions } from "./ingest/jsonl-fields";
export { loadCorpus, type LoadCorpusOptions } from "./ingest/load-corpus";
export { checkCorpus } from "./ingest/check-corpus";
export type { IngestOptions } from "./ingest/ingest-options";
// any corpus a user brings: formats, encodings, dates, languages (issue 9)
export { corpusSourceKind, CorpusSourceKind } from "./ingest/corpus-source-kind";
export type { FileDocumentOptions } from "./ingest/file-documents";
export { isoDate, DateOrder, type IsoDateOptions } from "./ingest/iso-date";
export { detectLanguage, type DetectLanguageOptions } from "./ingest/detect-language";
export { withLanguages, type WithLanguagesOptions } from "./ingest/with-languages";
export { writeCorpusJsonl } from "./ingest/write-corpus-jsonl";

// segment: Corpus -> tokens and sentences
export { tokens } from "./segment/tokens";
export { sentences } from "./segment/sentences";
export { wordCounts } from "./segment/word-counts";
export type { TokenOptions } from "./segment/token-filter";
export { STEM_LANGUAGES, type StemLanguage, type TermFormOptions } from "./segment/term-form";
export { HyphenMode, UnicodeForm } from "./segment/scan-text";
export { stopwords, STOPWORD_LANGUAGES } from "./segment/stopwords";
// any language, text that is not prose, stopwords by language (issue 9)
export { stopwordSpec, type StopwordSpec } from "./segment/stopword-spec";
export { readWordList } from "./ingest/read-word-list";
export { decodeUtf8 } from "./ingest/decode-utf8";
export { readStopwords } from "./recipes/read-stopwords";
export { isEnglishDocument } from "./measure/is-english-document";
export { createVocabulary, type MutableVocabulary } from "./segment/vocabulary";

// measure: tokens -> rows
export { termFrequency, TERM_FREQUENCY_COLUMNS, type TermFrequencyOptions, type TermFrequencyRow } from "./measure/term-frequency";
export { termFrequencyStream } from "./measure/term-frequency-stream";
export { documentRows, DOCUMENT_COLUMNS, type DocumentRow } from "./measure/document-rows";
export { compareDates, GroupingKind, MISSING_GROUP, type DocumentGroup, type Era, type GroupOptions } from "./group/document-group";
export { findingsPerGroup, type FindingOfDocument, type FindingsPerGroupOptions } from "./group/findings-per-group";
export { GROUP_RATE_COLUMNS, type GroupRateRow } from "./group/group-rates";
export { finiteOrNull } from "./stats/finite-or-null";
export { kwic, KWIC_COLUMNS, KwicSort, type KwicOptions, type KwicRow } from "./measure/kwic";
export { kwicIterate } from "./measure/kwic-iterate";
export { kwicStream } from "./measure/kwic-stream";
export { keyness, KEYNESS_COLUMNS, KeynessDirection, KeynessMeasure, PCorrection, type KeynessCorpusOptions, type KeynessOptions, type KeynessRow, type TermCounts } from "./measure/keyness";
export { keynessOfCounts } from "./measure/keyness-of-counts";
export { collocates, COLLOCATE_COLUMNS, AssociationMeasure, type CollocateRow, type CollocatesOptions } from "./measure/collocates";
export { sequentialCollocations, SEQUENTIAL_COLLOCATION_COLUMNS, type SequentialCollocationRow, type SequentialCollocationsOptions } from "./measure/sequential-collocations";
export { dispersionHits, DISPERSION_HIT_COLUMNS, type DispersionHitRow, type DispersionOptions } from "./measure/dispersion-hits";
export { dispersionHitsIterate } from "./measure/dispersion-hits-iterate";
export { dispersionMeasures, DISPERSION_COLUMNS, type DispersionRow, type DispersionMeasuresOptions } from "./measure/dispersion-measures";

// compare: measures across groups and dates
export { selectDocuments, type SelectDocumentsOptions } from "./compare/select-documents";
export { parseSelection, SelectionOperator, type SelectionClause } from "./compare/parse-selection";
export { termRates, TERM_RATE_COLUMNS, type TermRateRow, type TermRatesOptions } from "./compare/term-rates";
export { keynessByPeriod, PERIOD_KEYNESS_COLUMNS, type KeynessByPeriodOptions, type PeriodKeynessRow } from "./compare/keyness-by-period";
export { termFirstLastUse, TERM_FIRST_LAST_USE_COLUMNS, type TermFirstLastUseRow } from "./compare/term-first-last-use";
export { termScatterRows, type TermScatterRow, type TermScatterRowsOptions } from "./compare/term-scatter-rows";

// chart: rows -> Vega-Lite specs
export { topTermsChart, type TopTermsChartOptions, type TopTermsRow } from "./chart/top-terms-chart";
export { termTrendChart, type TermTrendChartOptions } from "./chart/term-trend-chart";
export { termTrendByGroupChart, type TermTrendByGroupChartOptions } from "./chart/term-trend-by-group-chart";
export { keynessChart, type KeynessChartOptions } from "./chart/keyness-chart";
export { periodKeynessChart, type PeriodKeynessChartOptions, type PeriodKeynessChartRow } from "./chart/period-keyness-chart";
export { dispersionChart, type DispersionChartOptions, type DispersionChartRow } from "./chart/dispersion-chart";
export { termRateBandChart, type TermRateBandChartOptions, type TermRateChartRow } from "./chart/term-rate-band-chart";
export { termScatterChart, type TermScatterChartOptions, type TermScatterChartRow } from "./chart/term-scatter-chart";
export type { KeynessChartRow, KeynessBarMeasure } from "./chart/keyness-bars";
export { ChartMeasure, type TermMeasureRow } from "./chart/columns";
export { VEGA_LITE_SCHEMA, specJson, type ChartSpec, type DataRow, type JsonValue } from "./chart/spec";
export { CHART_FONT, CHART_PALETTE, CHART_SIZES, chartConfig } from "./chart/theme";

// frame: rows -> danfo DataFrames
export { toDataFrame } from "./frame/to-data-frame";
export { DANFO_VERSION } from "./frame/load-danfo";

// render: specs -> SVG, PNG, notebook display, files
export { chartSvg, type ChartSvgOptions } from "./render/chart-svg";
export { chartPng, type ChartPngOptions } from "./render/chart-png";
export { chartBundle, VEGA_LITE_MIME, type ChartBundle, type ChartBundleOptions } from "./render/chart-bundle";
export { show, type ShowOptions } from "./render/show";
export { writeChart, type WrittenChart, type WriteChartOptions } from "./render/write-chart";
export { writeReport, type WriteReportOptions } from "./render/write-report";
export { reportHtml, type ReportHtmlOptions } from "./render/report-html";
export type { BrowserScripts } from "./render/browser-scripts";
export { escapeHtml } from "./render/escape-html";
export { htmlTable, type HtmlTableOptions } from "./render/html-table";
export { showTable, TABLE_TEXT_ROWS, type FrameLike, type ShowTableOptions } from "./render/show-table";
export { formatRows, OutputFormat } from "./render/format-rows";
export { writeRows, type RowSink } from "./render/write-rows";
export type { Report, ReportItem, ReportTable } from "./render/report";

// recipes: named analyses shared by notebooks and the CLI
export { quickstart, QUICKSTART_PARAMS, type QuickstartParams } from "./recipes/quickstart";
export { termFrequencyFile, type TermFrequencyFileOptions } from "./stream/term-frequency-file";
export { compareAcrossDates, COMPARE_PARAMS, type CompareParams } from "./recipes/compare-across-dates";
export { fullReport, type FullReport } from "./recipes/full-report";
// the report follows the corpus: report files, periods, terms and fields read from the corpus (issue 10)
export { parseReportConfig, readReportConfig, REPORT_CONFIG_KEYS, SOTU_REPORT_CONFIG, type ReportConfig, type ReportSectionEntry } from "./recipes/report/report-config";
export { reportConfigYaml } from "./recipes/report/report-config-yaml";
export { REPORT_SECTIONS, type ReportSection, type ReportSectionName, type ReportSectionParams } from "./recipes/report/report-sections";
export type { StyleSectionParams } from "./recipes/report/style-section";
export { reportSectionParams } from "./recipes/report/report-section-params";
export { reportManifest, type ReportRun } from "./recipes/report/report-manifest";
export { reportPeriods, type PeriodsSpec, type ReportPeriods } from "./recipes/report/report-periods";
export { trendGrain, type TrendGrain } from "./recipes/report/trend-grain";
export { risingFallingTerms, type RisingFallingTerms, type RisingFallingTermsOptions } from "./recipes/report/rising-falling-terms";
export { groupFields, type GroupField } from "./recipes/report/group-fields";
export { looksLikeNews } from "./recipes/report/looks-like-news";
export { newsVoicesReport, NEWS_VOICES_COLUMNS, type NewsVoicesParams } from "./recipes/news-voices-report";
export { statementCountsChart, type StatementCountRow, type StatementCountsChartOptions } from "./chart/statement-counts-chart";
export { sourceSha256, type SourceHash } from "./ingest/source-sha256";
export { selectionPair } from "./recipes/selection-pair";
export { frequencyChart, type FrequencyChartRequest } from "./recipes/frequency-chart";
export { comparisonChart, type ComparisonChartRequest } from "./recipes/comparison-chart";
export { stanceChart, type StanceChartRequest } from "./recipes/stance-chart";
export { stanceProfileTable, type StanceProfileTable } from "./recipes/stance-profile-table";
export { rhetoricTable, RHETORIC_TABLE_MATCH_COLUMNS, type RhetoricTable } from "./recipes/rhetoric-table";
export { importCorpus } from "./recipes/import-corpus";
export { corpusInfo, type CorpusInfo, type CorpusInfoOptions, type FieldInfo, type FieldValueCount } from "./recipes/corpus-info";

// news reports: clean the page, separate the voices, date every statement (issue 6)
export { cleanText, DebrisRule, REMOVED_COLUMNS, type CleanedText, type CleanTextOptions, type RemovedRow } from "./clean/clean-text";
export { originalSpan } from "./clean/original-span";
export { quoteSpans, QUOTE_SPAN_COLUMNS, type QuoteSpanRow, type QuoteSpansOptions } from "./segment/voices/quote-spans";
export { dateMentions, DATE_MENTION_COLUMNS, DatePrecision, type DateMentionRow } from "./segment/voices/date-mentions";
export { speakerName, type SpeakerName } from "./segment/voices/speaker-name";
export { statements, STATEMENT_COLUMNS, StatementKind, DateBasis, type StatementRow, type StatementsOptions } from "./segment/statements";
export { statementCorpus, type StatementCorpusOptions } from "./segment/statement-corpus";
export { newsReport, NEWS_EVENT_COLUMNS, type NewsEventRow, type NewsReport, type NewsReportParams } from "./recipes/news-report";
export { voicesHtml, type VoicesHtmlOptions } from "./render/voices-html";

// voices in news as it is really written: frames, speakers, chaining, quote fidelity (issue 12)
export { FrameId, type ReportingFrame } from "./segment/voices/frames/frame";
export { FRAME_CATALOGUE } from "./segment/voices/frames/catalogue";
export { SpeakerType } from "./segment/voices/speaker-registry";
export { speakerTable, SPEAKER_TABLE_COLUMNS, type SpeakerMentionRow } from "./segment/speaker-table";
export { newsReports, REPORT_STATEMENT_COLUMNS, type NewsReports, type NewsReportsParams, type ReportStatementRow } from "./recipes/news-reports";
export { newsEventRows } from "./recipes/news-event-rows";
export { quoteFidelity, QUOTE_FIDELITY_COLUMNS, FidelityLabel, type QuoteFidelityOptions, type QuoteFidelityRow } from "./measure/voices/quote-fidelity";
export { fidelityHtml } from "./render/fidelity-html";
export { quoteFidelityReport, type QuoteFidelityReport } from "./recipes/quote-fidelity-report";

// stance: markers, sentiment, stance toward a target, claim stance, trainable model (issue 4)
export { textSentiment, type SentimentWord, type TextSentiment } from "./measure/stance/text-sentiment";
export { sentenceSentiment, SENTENCE_SENTIMENT_COLUMNS, type SentenceSentimentRow } from "./measure/stance/sentence-sentiment";
export { documentSentiment, DOCUMENT_SENTIMENT_COLUMNS, type DocumentSentimentRow } from "./measure/stance/document-sentiment";
export { targetStance, TARGET_STANCE_COLUMNS, StanceLabel, StanceCue, STANCE_CUE_WEIGHTS, type StanceTarget, type TargetStanceOptions, type TargetStanceRow } from "./measure/stance/target-stance";
export { targetStanceIterate } from "./measure/stance/target-stance-iterate";
export { claimStance, CLAIM_STANCE_COLUMNS, type ClaimStanceOptions, type ClaimStanceRow } from "./measure/stance/claim-stance";
export { claimMotionPolarity } from "./measure/stance/claim-motion-polarity";
export { trainClaimStanceModel, type TrainClaimStanceModelOptions } from "./measure/stance/train-claim-stance-model";
export { predictClaimStance, CLAIM_STANCE_PREDICTION_COLUMNS, type ClaimStancePredictionRow, type PredictClaimStanceOptions } from "./measure/stance/predict-claim-stance";
export { checkClaimStanceModel, CLAIM_STANCE_MODEL_FORMAT, type ClaimStanceModel } from "./measure/stance/claim-stance-model";
export { checkStanceModel, STANCE_MODEL_FORMAT, type StanceExample, type StanceInput, type StanceModel } from "./measure/stance/stance-model";
export { trainStanceModel, type TrainStanceModelOptions } from "./measure/stance/train-stance-model";
export { predictStance, STANCE_PREDICTION_COLUMNS, type StancePredictionRow } from "./measure/stance/predict-stance";
export { crossValidateStance, type CrossValidateStanceOptions } from "./measure/stance/cross-validate-stance";
export { stanceFolds, type StanceFoldsOptions } from "./measure/stance/stance-folds";
export { stanceMetrics, STANCE_CLASS_COLUMNS, type StanceClassRow, type StanceMetrics } from "./measure/stance/stance-metrics";
export { stanceMarkers, STANCE_MARKER_COLUMNS, StanceMarkerCategory, HYLAND_CATEGORIES, type StanceMarkerRow, type StanceMarkersOptions } from "./measure/stance/stance-markers";
export { stanceMarkersIterate } from "./measure/stance/stance-markers-iterate";
export { stanceMarkerRates, STANCE_MARKER_RATE_COLUMNS, type StanceMarkerRateRow, type StanceMarkerRatesOptions } from "./compare/stance-marker-rates";
export { targetStanceByPeriod, STANCE_BY_PERIOD_COLUMNS, type StanceByPeriodRow, type TargetStanceByPeriodOptions } from "./compare/stance-by-period";
export { stanceOverTimeChart, type StanceOverTimeChartOptions, type StanceOverTimeChartRow } from "./chart/stance-over-time-chart";
export { stanceProfileChart, type StanceProfileChartOptions, type StanceProfileChartRow } from "./chart/stance-profile-chart";
export { stanceReport, STANCE_PARAMS, type StanceParams } from "./recipes/stance-report";

// rhetoric: named rules with evidence spans (issue 5)
export { rhetoricMatches, RHETORIC_MATCH_COLUMNS, type RhetoricMatchRow, type RhetoricMatchesOptions, type RhetoricPatternRule, type RhetoricRuleInput } from "./measure/rhetoric-matches";
export { rhetoricMatchesIterate } from "./measure/rhetoric-matches-iterate";
export { rhetoricRules, builtInRhetoricRules, RHETORIC_RULE_COLUMNS, type RhetoricRuleRow, type RhetoricRule, type RuleContext, type RuleSpan } from "./measure/rhetoric-rules";
export { rhetoricSummary, RHETORIC_SUMMARY_COLUMNS, type RhetoricSummaryOptions, type RhetoricSummaryRow } from "./measure/rhetoric-summary";
export { rhetoricUsThem, RHETORIC_US_THEM_COLUMNS, type RhetoricUsThemRow } from "./measure/rhetoric-us-them";
export { rhetoricEvaluation, RHETORIC_EVALUATION_COLUMNS, MICRO_AVERAGE, type GoldSpan, type PredictedSpan, type RhetoricEvaluationOptions, type RhetoricEvaluationRow } from "./measure/rhetoric-evaluation";
export { rhetoricHeatmapChart, type RhetoricHeatmapChartOptions, type RhetoricHeatmapRow } from "./chart/rhetoric-heatmap-chart";
export { rhetoricTrendChart, type RhetoricTrendChartOptions } from "./chart/rhetoric-trend-chart";
export { rhetoricSpansHtml, type HighlightSpan, type RhetoricSpansHtmlOptions } from "./render/rhetoric-spans-html";
export { rhetoricProfile, RHETORIC_PARAMS, type RhetoricParams } from "./recipes/rhetoric-profile";
export { rhetoricBiggestChange, type RhetoricBiggestChangeOptions, type RhetoricChange } from "./recipes/rhetoric-biggest-change";

// the analyst's standard kit: dfm, stems and lemmas, dictionaries, readability, diversity, similarity, scaling (issue 11)
export { dfm, type DfmOptions } from "./measure/dfm/dfm";
export { DfmWeighting, type Dfm, type DfmRow } from "./measure/dfm/dfm-types";
export { dfmMerge } from "./measure/dfm/dfm-merge";
export { dfmWeight } from "./measure/dfm/dfm-weight";
export { dfmTrim, type DfmTrimOptions } from "./measure/dfm/dfm-trim";
export { dfmSelect, type DfmSelectOptions } from "./measure/dfm/dfm-select";
export { dfmLongRows, DFM_LONG_COLUMNS, type DfmLongRow } from "./measure/dfm/dfm-long-rows";
export { dfmMatrixMarket, type MatrixMarketFiles } from "./measure/dfm/dfm-matrix-market";
export { dictionaryDfm } from "./measure/dfm/dictionary-dfm";
export { dfmFrame, type DfmFrameOptions } from "./frame/dfm-frame";
export { DictionaryFormat, type Dictionary, type DictionaryCategory, type DictionaryEntry } from "./ingest/dictionary-types";
export { parseDictionary, type ParseDictionaryOptions } from "./ingest/parse-dictionary";
export { readDictionary } from "./ingest/read-dictionary";
export { sampleDictionary } from "./ingest/sample-dictionary";
export { dictionaryMatches, DICTIONARY_MATCH_COLUMNS, type DictionaryMatchRow, type DictionaryMatchesOptions } from "./measure/dictionary-matches";
export { dictionaryRates, DICTIONARY_RATE_COLUMNS, type DictionaryRateRow, type DictionaryRatesOptions } from "./compare/dictionary-rates";
export { readability, READABILITY_COLUMNS, type ReadabilityOptions, type ReadabilityRow } from "./measure/style/readability";
export { lexicalDiversity, LEXICAL_DIVERSITY_COLUMNS, type LexicalDiversityOptions, type LexicalDiversityRow } from "./measure/style/lexical-diversity";
export { dfmSimilarity, SIMILARITY_COLUMNS, SimilarityMethod, type DfmSimilarityOptions, type SimilarityRow } from "./compare/dfm-similarity";
export { nearestDocuments, type NearestDocumentsOptions } from "./compare/nearest-documents";
export { wordscores, WORDSCORES_COLUMNS, type WordScoreRow, type WordscoresFit, type WordscoresOptions, type WordscoresRow } from "./measure/scaling/wordscores";
export { wordfish, WORDFISH_COLUMNS, WORDFISH_WORD_COLUMNS, type WordfishFit, type WordfishOptions, type WordfishRow, type WordfishWordRow } from "./measure/scaling/wordfish";
export { similarityHeatmapChart, type SimilarityHeatmapChartOptions } from "./chart/similarity-heatmap-chart";
export { scalePositionsChart, type ScalePositionRow, type ScalePositionsChartOptions } from "./chart/scale-positions-chart";
export { wordWeightsChart, type WordWeightRow, type WordWeightsChartOptions } from "./chart/word-weights-chart";
export { styleTrendChart, type StyleTrendChartOptions, type StyleTrendRow } from "./chart/style-trend-chart";
export { styleAndScaling, STYLE_PARAMS, type StyleParams } from "./recipes/style-and-scaling";

// scale: partial tables that merge across shards, processes and clusters (issue 13)
export { PartialKind, PARTIAL_VERSION, type PartialTable, type PartialRow, type PartialOptionValue } from "./shard/partial-table";
export { countShard } from "./shard/count-shard";
export { mergePartials } from "./shard/merge-partials";
export { partialRows, type PartialTableRows } from "./shard/partial-rows";
export { writePartial } from "./shard/write-partial";
export { readPartial } from "./shard/read-partial";
export { countShardFile, type CountShardFileOptions } from "./recipes/count-shard-file";
export { tableOfFile, type TableOfFileOptions } from "./recipes/table-of-file";
export { selectedDocuments, type SelectedDocumentsOptions } from "./recipes/selected-documents";
export { mergePartialFiles } from "./recipes/merge-partial-files";
export { selectionFilter } from "./recipes/selection-filter";
