/** The main text and metadata of a web page (Readability on a linkedom DOM). Internal to ingest/. */
import { Readability } from "@mozilla/readability";
import { convert, type HtmlToTextOptions } from "html-to-text";
import type * as Linkedom from "linkedom" with { "resolution-mode": "import" };
import type { Warning } from "../types";

// linkedom ships CommonJS for require; its type declarations are written for ESM only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require("linkedom") as typeof Linkedom;

/** What a file holds besides its text: the fields a format can say about itself. */
export interface FileContent {
  readonly text: string;
  readonly title?: string;
  readonly author?: string;
  /** The date as the file writes it (read into ISO by the caller). */
  readonly date?: string;
  /** Where the date came from ("meta article:published_time", "PDF CreationDate", ...). */
  readonly dateFrom?: string;
}

// Meta tags holding the page's date, author and title, most specific first.
const DATE_META = [
  "article:published_time", "og:article:published_time", "datePublished", "date", "dc.date", "dc.date.issued",
  "dcterms.date", "dcterms.created", "dcterms.issued", "citation_publication_date", "citation_date", "pubdate",
  "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "article.published", "original-publish-date",
];
const AUTHOR_META = ["author", "article:author", "dc.creator", "dcterms.creator", "citation_author", "byl", "parsely-author", "sailthru.author"];
const TITLE_META = ["og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title", "title"];

// Plain text of HTML: paragraphs as blank-line-separated blocks, no wrapping, no link
// targets or images, headings as written (not upper-cased).
const TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((h) => ({ selector: h, options: { uppercase: false } })),
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
};

// Page furniture: dropped wherever it is; a header or footer only outside the article.
const FURNITURE = "script, style, noscript, template, nav, aside, form, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";
const SITE_PARTS = "header, footer";

/**
 * Main text of the page `html` without navigation, header, footer, sidebars and other
 * boilerplate (Mozilla Readability, the library behind Firefox Reader View), with the title,
 * author and date from the page's meta tags when present (Readability's title and byline
 * otherwise). When Readability finds no article, the body without nav, header, footer,
 * aside, forms and scripts is used, with an `html_no_article` warning naming `file`.
 */
export function htmlContent(html: string, file: string, warn: (w: Warning) => void): FileContent {
  const { document } = parseHTML(html);
  const meta = metaTags(document);
  const pick = (names: readonly string[]): string | undefined => {
    for (const name of names) {
      const value = meta.get(name.toLowerCase());
      if (value !== undefined && value.trim() !== "") return value.trim();
    }
    return undefined;
  };
  const dateName = DATE_META.find((name) => (meta.get(name.toLowerCase()) ?? "").trim() !== "");
  const pageTitle = document.querySelector("title")?.textContent?.trim() || undefined;
  const metaTitle = pick(TITLE_META);
  const metaAuthor = pick(AUTHOR_META.filter((n) => n !== "article:author" || !/^https?:/.test(meta.get(n) ?? "")));

  // Readability changes the DOM it reads: give it its own copy, without the page furniture
  // it can miss on short pages (menus, sidebars, the site's header and footer).
  const copy = parseHTML(html).document;
  dropFurniture(copy);
  const article = new Readability(copy as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  let text = article?.content ? convert(article.content, TEXT_OPTIONS).trim() : "";
  if (text === "") {
    dropFurniture(document);
    const body = document.querySelector("body");
    text = body ? convert(body.innerHTML, TEXT_OPTIONS).trim() : "";
    if (text !== "") {
      warn({
        code: "html_no_article",
        message: `${file}: no article found; read the page body without its navigation, header, footer, sidebars and scripts`,
        file,
      });
    }
  }
  const title = metaTitle ?? article?.title?.trim() ?? pageTitle;
  const author = metaAuthor ?? (article?.byline?.trim() || undefined);
  const date = dateName === undefined ? (article?.publishedTime?.trim() || undefined) : (meta.get(dateName.toLowerCase()) as string).trim();
  return {
    text,
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(date ? { date, dateFrom: `meta ${dateName ?? "article:published_time"}` } : {}),
  };
}

/** Removes menus, sidebars, scripts, and headers and footers outside the article, from `document`. */
function dropFurniture(document: ReturnType<typeof parseHTML>["document"]): void {
  for (const el of Array.from(document.querySelectorAll(FURNITURE))) el.remove();
  for (const el of Array.from(document.querySelectorAll(SITE_PARTS))) if (!el.closest("article, main, [role=main]")) el.remove();
}

/** Meta tag values by lowercased name, property or itemprop (the first of each). */
function metaTags(document: ReturnType<typeof parseHTML>["document"]): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll("meta"))) {
    const key = el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop");
    const content = el.getAttribute("content");
    if (key && content !== null && !out.has(key.toLowerCase())) out.set(key.toLowerCase(), content);
  }
  return out;
}

/** The charset an HTML page declares in its first 1024 bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}
