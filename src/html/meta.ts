/**
 * Page metadata: one iterative pass over the whole document collects <meta>, <link>,
 * <title>, JSON-LD, <html lang>, <time>, itemprop and byline elements; then each field
 * is chosen from its sources in order of reliability.
 */
import { collapse, type DomNode, type DomRoot, isElement, textOf, textPrefix } from "./dom.js";

export interface HtmlMeta {
  title?: string;
  /** ISO 8601 */
  date?: string;
  author?: string;
  siteName?: string;
  canonicalUrl?: string;
  language?: string;
  description?: string;
}

/** What the metadata pass found, before the fields are chosen. */
export interface MetaSources {
  readonly metas: Map<string, string>;
  readonly links: Map<string, string>;
  readonly titleTag: string;
  readonly h1: string;
  readonly htmlLang: string;
  readonly timeDatetime: string;
  readonly itempropDate: string;
  readonly itempropAuthor: string;
  readonly relAuthor: string;
  readonly bylineText: string;
  readonly jsonLd: JsonLdArticle;
}

export interface JsonLdArticle {
  headline?: string | undefined;
  datePublished?: string | undefined;
  author?: string | undefined;
  publisher?: string | undefined;
  articleBody?: string | undefined;
  inLanguage?: string | undefined;
  url?: string | undefined;
  description?: string | undefined;
}

/** JSON-LD @type values that describe an article (NewsArticle, BlogPosting, ReportageNewsArticle…). */
const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report|Review|Story/;
/** class/id of an element holding the byline. */
const BYLINE_CLASS = /byline|author/i;
/** "By " at the start of a byline. */
const BY_PREFIX = /^(?:by|von|par|por|di|door)\s+/i;
/** Separators between a byline's name and what follows it (date, role, buttons). */
const BYLINE_SEPARATOR = /\s[|•·—–]\s|\s{2,}|\s(?:updated|published|posted)\b/i;
/** A date inside a byline, even glued to the name ("ArnoldNovember 15, 2019"). */
const BYLINE_DATE =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/i;
/** Punctuation left at the end of a cut byline. */
const TRAILING_PUNCT = /[\s,;:|•·—–-]+$/;
/** A numeric UTC offset without its colon ("+0000"), which ISO 8601 extended format writes "+00:00". */
const BASIC_OFFSET = /([+-]\d{2})(\d{2})$/;
/** A date in a URL path: /2017/04/15/ or /2017-04-15/. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/;
/** A string that already is an ISO 8601 date or date-time. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A title suffix or prefix naming the site: "Headline | Site", "Headline - Site", "Site: Headline". */
const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "];

/** Objects looked at per JSON-LD script: article objects sit at the top or in @graph. */
const MAX_JSONLD_NODES = 1000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(v: Json | undefined): string | undefined {
  if (typeof v === "string") return collapse(v) || undefined;
  if (typeof v === "number") return String(v);
  return undefined;
}

function nameOf(v: Json | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return str(v);
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length > 0 ? names.join(", ") : undefined;
  }
  if (typeof v === "object") return str(v.name);
  return undefined;
}

function typeMatches(t: Json | undefined): boolean {
  if (typeof t === "string") return ARTICLE_TYPE.test(t);
  if (Array.isArray(t)) return t.some(typeMatches);
  return false;
}

/** Parse JSON-LD scripts and take the first article-like object (iterative over @graph and arrays). */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle {
  const out: JsonLdArticle = {};
  for (const raw of scripts) {
    let data: Json;
    try {
      data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, "")) as Json;
    } catch {
      continue;
    }
    // breadth-first over @graph and arrays, at most MAX_JSONLD_NODES objects per script
    const queue: Json[] = [data];
    for (let head = 0; head < queue.length && head < MAX_JSONLD_NODES; head++) {
      const item = queue[head]!;
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (item === null || typeof item !== "object") continue;
      if (Array.isArray(item["@graph"])) queue.push(...item["@graph"]);
      if (!typeMatches(item["@type"])) {
        if (item.mainEntity && typeof item.mainEntity === "object") queue.push(item.mainEntity);
        continue;
      }
      out.headline ??= str(item.headline) ?? str(item.name);
      out.datePublished ??= str(item.datePublished) ?? str(item.dateCreated);
      out.author ??= nameOf(item.author) ?? nameOf(item.creator);
      out.publisher ??= nameOf(item.publisher);
      if (typeof item.articleBody === "string" && item.articleBody.length > (out.articleBody?.length ?? 0)) {
        out.articleBody = item.articleBody;
      }
      out.inLanguage ??= str(item.inLanguage);
      out.url ??= str(item.url) ?? str(item.mainEntityOfPage as Json);
      out.description ??= str(item.description);
    }
  }
  for (const k of Object.keys(out) as (keyof JsonLdArticle)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** One pass over the document for every metadata source; `jsonLdTexts` are JSON-LD scripts taken out earlier. */
export function collectMetaSources(root: DomRoot, jsonLdTexts: readonly string[] = []): MetaSources {
  const metas = new Map<string, string>();
  const links = new Map<string, string>();
  // JSON-LD cut out before parsing (prestrip.ts), plus any script the parser still saw
  const jsonLdScripts: string[] = [...jsonLdTexts];
  let titleTag = "";
  let h1 = "";
  let htmlLang = "";
  let timeDatetime = "";
  let itempropDate = "";
  let itempropAuthor = "";
  let relAuthor = "";
  let bylineText = "";
  const stack: DomNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const a = node.attribs;
    const name = node.name;
    if (name === "script") {
      if ((a.type ?? "").toLowerCase() === "application/ld+json") jsonLdScripts.push(textOf(node));
      continue;
    }
    if (node.type !== "tag") continue;
    switch (name) {
      case "html":
        htmlLang ||= a.lang ?? a["xml:lang"] ?? "";
        break;
      case "meta": {
        const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"] ?? "").toLowerCase();
        const content = a.content;
        if (key && content !== undefined && !metas.has(key)) metas.set(key, content);
        if (a.itemprop === "datePublished" && content) itempropDate ||= content;
        break;
      }
      case "link": {
        const rel = (a.rel ?? "").toLowerCase();
        if (rel && a.href && !links.has(rel)) links.set(rel, a.href);
        break;
      }
      case "title":
        titleTag ||= collapse(textPrefix(node, 1000));
        continue;
      case "h1":
        h1 ||= collapse(textPrefix(node, 1000));
        break;
      case "time":
        timeDatetime ||= a.datetime ?? "";
        break;
      case "a":
        if ((a.rel ?? "").toLowerCase() === "author") relAuthor ||= collapse(textPrefix(node));
        break;
    }
    const itemprop = a.itemprop;
    if (itemprop === "datePublished") itempropDate ||= a.datetime ?? a.content ?? collapse(textPrefix(node));
    else if (itemprop === "author" && !itempropAuthor) {
      itempropAuthor = a.content ?? collapse(textPrefix(node));
    }
    if (
      !bylineText &&
      (a.class !== undefined || a.id !== undefined) &&
      BYLINE_CLASS.test(`${a.class ?? ""} ${a.id ?? ""}`)
    ) {
      const t = collapse(textPrefix(node, 200));
      if (t.length > 0 && t.length <= 100) bylineText = t;
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return {
    metas,
    links,
    titleTag,
    h1,
    htmlLang,
    timeDatetime,
    itempropDate,
    itempropAuthor,
    relAuthor,
    bylineText,
    jsonLd: readJsonLd(jsonLdScripts),
  };
}

/** Normalize a date string to ISO 8601 (date-only strings stay date-only); undefined if unparseable. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (ISO_DATE.test(v)) return v.replace(" ", "T").replace(BASIC_OFFSET, "$1:$2");
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const year = new Date(t).getUTCFullYear();
  if (year < 1990 || year > 2100) return undefined;
  return new Date(t).toISOString();
}

export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = URL_DATE.exec(url);
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
}

/** "Headline | Site" → "Headline" when the other part is short or is the site name. */
export function stripTitleSuffix(title: string, siteName: string | undefined): string {
  for (const sep of TITLE_SEPARATORS) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const head = title.slice(0, i).trim();
    const tail = title.slice(i + sep.length).trim();
    const tailWords = tail.split(/\s+/).length;
    if (siteName && tail.toLowerCase() === siteName.toLowerCase()) return head;
    if (tailWords <= 4 && head.split(/\s+/).length >= 3) return head;
    const j = title.indexOf(sep);
    const first = title.slice(0, j).trim();
    if (siteName && first.toLowerCase() === siteName.toLowerCase()) return title.slice(j + sep.length).trim();
  }
  return title;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return undefined;
  }
}

function cleanAuthor(v: string | undefined): string | undefined {
  if (!v) return undefined;
  let t = collapse(v).replace(BY_PREFIX, "");
  // a byline box also holds the date and buttons: "Madeline Fry | November 18, 2019 12:01 PM Print this",
  // "Carrie ArnoldNovember 15, 2019"
  t = t.split(BYLINE_SEPARATOR)[0] ?? "";
  const date = BYLINE_DATE.exec(t);
  if (date) t = t.slice(0, date.index);
  t = t.replace(TRAILING_PUNCT, "").trim();
  // a URL (some sites put the author's profile URL in meta author) is not a name
  if (!t || /^https?:\/\//.test(t) || t.length > 100) return undefined;
  return t;
}

/** Choose each field from its sources. `language` is filled by the caller when no source gives it. */
export function chooseMeta(src: MetaSources, url: string | undefined): HtmlMeta {
  const m = src.metas;
  const ld = src.jsonLd;
  const siteName =
    collapse(m.get("og:site_name") ?? "") || ld.publisher || m.get("application-name") || undefined;
  const rawTitle =
    collapse(m.get("og:title") ?? "") ||
    collapse(m.get("twitter:title") ?? "") ||
    ld.headline ||
    src.h1 ||
    src.titleTag;
  const title = rawTitle ? stripTitleSuffix(rawTitle, siteName) : undefined;
  const date =
    toIsoDate(ld.datePublished) ??
    toIsoDate(m.get("article:published_time")) ??
    // itemprop=datePublished names the publication; the first <time> may be the masthead's "today"
    toIsoDate(src.itempropDate) ??
    toIsoDate(src.timeDatetime) ??
    toIsoDate(m.get("date")) ??
    toIsoDate(m.get("pubdate")) ??
    toIsoDate(m.get("publishdate")) ??
    toIsoDate(m.get("dc.date")) ??
    toIsoDate(m.get("dc.date.issued")) ??
    dateFromUrl(url) ??
    dateFromUrl(src.links.get("canonical"));
  const author =
    cleanAuthor(ld.author) ??
    cleanAuthor(m.get("author")) ??
    cleanAuthor(m.get("article:author")) ??
    cleanAuthor(src.itempropAuthor) ??
    cleanAuthor(src.relAuthor) ??
    cleanAuthor(src.bylineText);
  const canonicalUrl =
    absolute(src.links.get("canonical"), url) ?? absolute(m.get("og:url"), url) ?? absolute(url, undefined);
  const langRaw = src.htmlLang || m.get("content-language") || m.get("language") || ld.inLanguage || "";
  const language = langRaw
    ? langRaw
        .trim()
        .toLowerCase()
        .split(/[-_,;\s]/)[0]
    : undefined;
  const description =
    collapse(m.get("description") ?? m.get("og:description") ?? "") || ld.description || undefined;
  const meta: HtmlMeta = {};
  if (title) meta.title = title;
  if (date) meta.date = date;
  if (author) meta.author = author;
  if (siteName) meta.siteName = siteName;
  if (canonicalUrl) meta.canonicalUrl = canonicalUrl;
  if (language) meta.language = language;
  if (description) meta.description = description;
  return meta;
}
