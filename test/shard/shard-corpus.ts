/**
 * A small corpus written for the partial-table tests, in many styles (wire copy,
 * broadsheet, transcript, press release, blog, a speech, a Spanish note), with dates at
 * several precisions, speakers, a party field some documents lack, and one document
 * without a date.
 */
import type { Document } from "../../src/types";

const d = (id: string, text: string, date: string | undefined, speaker: string | undefined, meta: Document["meta"] = {}): Document => ({ id, text, date, speaker, meta });

export const SHARD_CORPUS: readonly Document[] = [
  d("a01", "WASHINGTON (Wire) - The senator said on Tuesday that the tax bill would pass. Aides were less sure.", "1998-03-02", "Hale", { party: "Blue", lang: "en" }),
  d("a02", "We will never raise your taxes. Never! We will always protect the family budget, and they know it.", "1998-11-20", "Ortiz", { party: "Red", lang: "en" }),
  d("a03", "Q: Will the federal government cut the tax? A: Perhaps. I think it might, but I am not certain.", "1999", "Hale", { lang: "en" }),
  d("a04", "FOR IMMEDIATE RELEASE. The Department announces new jobs programs. Jobs, jobs, jobs: that is the plan.", "2001-06", "Press Office", { party: "Blue", lang: "en" }),
  d("a05", "Honestly, I believe the federal government should listen. You must read the bill yourself; it is obviously flawed.", "2003-01-28", "Ortiz", { party: "Red", lang: "en" }),
  d("a06", "Some say we must choose between jobs and freedom. Either we act now or we lose everything we built.", "2003-02-14", "Hale", { party: "Blue", lang: "en" }),
  d("a07", "The tax cut, the tax cut, the tax cut: voters heard it at every stop of the tour, reporters noted.", "2008-09-09", "Marsh", { lang: "en" }),
  d("a08", "Our enemies want to destroy our way of life. They hate our freedom. But we, the people, will stand.", "2009-01-20", "Marsh", { party: "Green", lang: "en" }),
  d("a09", "El gobierno federal anunció un nuevo impuesto. Los trabajadores protestaron en la plaza.", "2010-05", "Rivera", { party: "Green", lang: "es" }),
  d("a10", "Posted by a reader: I guess the jobs report was fine? Maybe. Clearly nobody in the federal government reads blogs.", "2012-07-04", undefined, { lang: "en" }),
  d("a11", "Ask not what your tax can do for you. Ask what you can do for the jobs of tomorrow, and the day after.", undefined, "Hale", { party: "Blue", lang: "en" }),
  d("a12", "", "2015-02-02", "Marsh", { party: "Green", lang: "en" }),
  d("a13", "Certainly the evidence shows a decline. Arguably, the tax burden fell; we must admit that it fell for them, not for us.", "2016-10-31", "Ortiz", { party: "Red", lang: "en" }),
  d("a14", "Jobs! Jobs! Jobs! The crowd chanted as the federal government shut down for a third week.", "2019-01-10", "Marsh", { party: "Green", lang: "en" }),
];
