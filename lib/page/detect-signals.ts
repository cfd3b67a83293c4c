import type { PageSignals } from './detect';
import { SKIPPED_TAGS } from './text-blocks';

/** Visible characters sampled by default: enough to tell scripts apart, cheap on any page. */
const DEFAULT_MAX_CHARS = 4000;
/** JSON-LD blocks read, and the longest one parsed; bigger blocks are scanned for "@type" only. */
const MAX_JSON_LD_SCRIPTS = 4;
const MAX_JSON_LD_CHARS = 20_000;
const MAX_JSON_LD_DEPTH = 4;
const MAX_META_TAGS = 200;
const MAX_ITEM_TYPES = 8;

// NodeFilter and Node constants by value: a happy-dom window in Node has no global NodeFilter.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const NON_SPACE = /\S/;
const SPACES = /\s+/g;

// Meta tags that say when an article was published (Open Graph, schema.org microdata, common CMS names).
const PUBLISHED_TIME_META = new Set([
  'article:published_time',
  'datepublished',
  'og:article:published_time',
  'publish-date',
  'publishdate',
  'pubdate',
  'sailthru.date',
  'parsely-pub-date',
]);

export interface GatherOptions {
  url?: string;
  maxChars?: number;
}

/** Collects what `detectPage` needs from a document, reading a bounded sample of it. */
export function gatherSignals(doc: Document, options: GatherOptions = {}): PageSignals {
  const html = doc.documentElement;
  const body = doc.body;
  const meta = readMeta(doc);
  const jsonLd = readJsonLd(doc);
  const lang = attr(html, 'lang') ?? attr(html, 'xml:lang') ?? attr(body, 'lang') ?? meta.contentLanguage;
  const dir = attr(html, 'dir') ?? attr(body, 'dir');
  return {
    url: options.url ?? pageUrl(doc, meta),
    visibleText: body ? sampleVisibleText(doc, body, options.maxChars ?? DEFAULT_MAX_CHARS) : '',
    lang,
    dir,
    ogType: meta.ogType,
    jsonLdTypes: jsonLd.types,
    microdataTypes: readItemTypes(doc),
    hasArticleElement: doc.querySelector('article') !== null,
    hasPublishedTime:
      meta.hasPublishedTime ||
      jsonLd.hasDatePublished ||
      doc.querySelector('[itemprop="datePublished"], time[pubdate]') !== null,
    hasTimeElement: doc.querySelector('time[datetime]') !== null,
  };
}

function attr(element: Element | null, name: string): string | undefined {
  const value = element?.getAttribute(name)?.trim();
  return value ? value : undefined;
}

/**
 * Visible text in document order, whitespace collapsed, cut at `maxChars`. Reads text nodes only: no
 * innerText, no computed style, so nothing forces a layout. CSS-hidden text is counted; the `hidden`
 * attribute is honoured because it costs nothing to check.
 * The walker has no filter callback: Chrome calls a filter back into JS for every node, which measured
 * several times slower than stepping over skipped subtrees ourselves.
 */
function sampleVisibleText(doc: Document, root: Element, maxChars: number): string {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  let node = walker.nextNode();
  while (node !== null && length < maxChars) {
    if (node.nodeType === ELEMENT_NODE) {
      node = isSkipped(node as Element) ? nextOutside(walker) : walker.nextNode();
      continue;
    }
    const raw = node.nodeValue ?? '';
    if (NON_SPACE.test(raw)) {
      const piece = raw
        .replace(SPACES, ' ')
        .trim()
        .slice(0, maxChars - length);
      parts.push(piece);
      length += piece.length + 1;
    }
    node = walker.nextNode();
  }
  return parts.join(' ');
}

function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName.toLowerCase()) || element.hasAttribute('hidden');
}

/** Moves the walker to the first node after the current node's subtree (null at the end of the root). */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}

interface MetaSignals {
  ogType?: string;
  ogUrl?: string;
  contentLanguage?: string;
  hasPublishedTime: boolean;
}

function readMeta(doc: Document): MetaSignals {
  const result: MetaSignals = { hasPublishedTime: false };
  const tags = doc.getElementsByTagName('meta');
  const count = Math.min(tags.length, MAX_META_TAGS);
  for (let i = 0; i < count; i++) {
    const tag = tags[i];
    if (!tag) continue;
    const content = tag.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = [tag.getAttribute('property'), tag.getAttribute('name'), tag.getAttribute('itemprop')];
    const httpEquiv = tag.getAttribute('http-equiv')?.toLowerCase();
    if (httpEquiv === 'content-language') result.contentLanguage ??= content;
    for (const raw of keys) {
      const key = raw?.trim().toLowerCase();
      if (!key) continue;
      if (key === 'og:type') result.ogType ??= content.toLowerCase();
      else if (key === 'og:url') result.ogUrl ??= content;
      else if (PUBLISHED_TIME_META.has(key)) result.hasPublishedTime = true;
    }
  }
  return result;
}

/**
 * The page's own URL when it has a real one (a browser tab); otherwise what the page says its URL is
 * (canonical link, then og:url), which is what a saved copy or a test fixture has to offer.
 */
function pageUrl(doc: Document, meta: MetaSignals): string | undefined {
  const own = doc.URL;
  if (/^https?:/i.test(own)) return own;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  for (const candidate of [canonical, meta.ogUrl]) {
    if (candidate && /^https?:\/\//i.test(candidate)) return candidate;
  }
  return undefined;
}

interface JsonLdSignals {
  types: string[];
  hasDatePublished: boolean;
}

function readJsonLd(doc: Document): JsonLdSignals {
  const types = new Set<string>();
  let hasDatePublished = false;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const count = Math.min(scripts.length, MAX_JSON_LD_SCRIPTS);
  for (let i = 0; i < count; i++) {
    const text = scripts[i]?.textContent ?? '';
    const parsed = text.length <= MAX_JSON_LD_CHARS ? parseJson(text) : undefined;
    if (parsed === undefined) {
      // Too big or not valid JSON (trailing commas and raw newlines are common): fall back to the text.
      const head = text.slice(0, MAX_JSON_LD_CHARS);
      for (const match of head.matchAll(/"@type"\s*:\s*"([^"]{1,60})"/g)) if (match[1]) types.add(match[1]);
      if (/"datePublished"\s*:\s*"[^"]/.test(head)) hasDatePublished = true;
      continue;
    }
    if (collectJsonLd(parsed, types, 0)) hasDatePublished = true;
  }
  return { types: [...types], hasDatePublished };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Adds every @type found (top level, @graph, nested objects) and says whether a datePublished was seen. */
function collectJsonLd(value: unknown, types: Set<string>, depth: number): boolean {
  if (depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    let found = false;
    for (const item of value) if (collectJsonLd(item, types, depth + 1)) found = true;
    return found;
  }
  const record = value as Record<string, unknown>;
  let found = typeof record.datePublished === 'string' && record.datePublished !== '';
  const type = record['@type'];
  for (const name of Array.isArray(type) ? type : [type]) if (typeof name === 'string') types.add(name);
  for (const [key, child] of Object.entries(record)) {
    if (key !== '@type' && collectJsonLd(child, types, depth + 1)) found = true;
  }
  return found;
}

/** schema.org microdata types (itemtype="https://schema.org/NewsArticle" → 'NewsArticle'). */
function readItemTypes(doc: Document): string[] {
  const types = new Set<string>();
  const elements = doc.querySelectorAll('[itemtype]');
  const count = Math.min(elements.length, MAX_ITEM_TYPES);
  for (let i = 0; i < count; i++) {
    for (const url of (elements[i]?.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = url.split('/').pop();
      if (name) types.add(name);
    }
  }
  return [...types];
}
