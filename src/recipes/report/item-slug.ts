/** A name as a file-name stem: lowercase ASCII letters and digits joined by "-". @internal */
export function itemSlug(s: string): string {
  return s.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}
