/**
 * Growable parallel typed arrays that the scanner appends to. Reused across documents
 * when streaming, so counting a corpus allocates nothing per token.
 * @internal
 */
export class TokenBuffer {
  length = 0;
  typeId = new Uint32Array(1024);
  charStart = new Uint32Array(1024);
  charEnd = new Uint32Array(1024);
  kind = new Uint8Array(1024);
  sentenceId = new Uint32Array(1024);
  sentences = 0;
  sentenceStart = new Uint32Array(256);
  sentenceEnd = new Uint32Array(256);

  /** Forgets the contents, keeping the memory. */
  reset(): void {
    this.length = 0;
    this.sentences = 0;
  }

  push(typeId: number, start: number, end: number, kind: number, sentence: number): void {
    if (this.length === this.typeId.length) this.grow();
    const i = this.length++;
    this.typeId[i] = typeId;
    this.charStart[i] = start;
    this.charEnd[i] = end;
    this.kind[i] = kind;
    this.sentenceId[i] = sentence;
  }

  /** Opens sentence number `this.sentences` starting at `start`. */
  openSentence(start: number): number {
    if (this.sentences === this.sentenceStart.length) {
      const n = this.sentences * 2;
      this.sentenceStart = grown(this.sentenceStart, n);
      this.sentenceEnd = grown(this.sentenceEnd, n);
    }
    this.sentenceStart[this.sentences] = start;
    this.sentenceEnd[this.sentences] = start;
    return this.sentences++;
  }

  private grow(): void {
    const n = this.typeId.length * 2;
    this.typeId = grown(this.typeId, n);
    this.charStart = grown(this.charStart, n);
    this.charEnd = grown(this.charEnd, n);
    this.kind = grown(this.kind, n);
    this.sentenceId = grown(this.sentenceId, n);
  }
}

function grown<T extends Uint32Array | Uint8Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}
