declare module "stopword" {
  const lists: Record<string, string[]> & { removeStopwords(tokens: string[], list?: string[]): string[] };
  export = lists;
}
