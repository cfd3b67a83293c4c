/**
 * Turns a plain-text article (the seeds' format: headline on the first line, paragraphs separated by blank
 * lines) into a news page a browser can be pointed at, for `npm start` and the real-browser tests.
 */

import { countArabicLetters } from '../../lib/arabic/script';

export interface ArticleBlock {
  /** The block's text exactly as the page's element will hold it. */
  text: string;
  /** 'en' for a line written in Latin script (a wire photo caption), else 'ar'. */
  lang: 'ar' | 'en';
}

export interface Article {
  headline: string;
  paragraphs: ArticleBlock[];
}

const BLANK_LINE = /\r?\n[ \t\u00a0]*\r?\n/;
const LATIN_LETTER = /[A-Za-z]/g;
const SPACES = /\s+/g;

function isLatinLine(line: string): boolean {
  const latin = line.match(LATIN_LETTER)?.length ?? 0;
  const arabic = countArabicLetters(line);
  return latin > arabic;
}

/**
 * Splits an article into its headline and paragraphs. Inside a paragraph, consecutive lines in the same
 * script are joined with a space; a change of script starts a new paragraph, so an English caption stays
 * apart from the Arabic caption under it.
 */
export function articleBlocks(text: string): Article {
  const [headline = '', ...rest] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const paragraphs: ArticleBlock[] = [];
  for (const chunk of rest.join('\n').split(BLANK_LINE)) {
    let current: ArticleBlock | null = null;
    for (const raw of chunk.split(/\r?\n/)) {
      const line = raw.replace(SPACES, ' ').trim();
      if (line === '') continue;
      const lang = isLatinLine(line) ? 'en' : 'ar';
      if (current !== null && current.lang === lang) {
        current.text = `${current.text} ${line}`;
      } else {
        current = { text: line, lang };
        paragraphs.push(current);
      }
    }
  }
  return { headline: headline.replace(SPACES, ' ').trim(), paragraphs };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** JSON inside <script> must not contain `</script` or `<!--`: escaping every `<` rules out both. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * An Arabic news page for the article: `<html lang="ar" dir="rtl">`, og:type article and a JSON-LD
 * NewsArticle so page detection sees news, the headline as <h1> and each paragraph as <p> inside <article>.
 * No inline style and no executable script, so the page also loads under a strict Content-Security-Policy.
 * `bare`: the same text as a page saved without any of that (no lang or dir, no metadata, no <article>), which
 * only its text can show to be news.
 */
export function articleToHtml(text: string, title?: string, options: { bare?: boolean } = {}): string {
  const { headline, paragraphs } = articleBlocks(text);
  const pageTitle = title ?? headline;
  const jsonLd = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline, inLanguage: 'ar' };
  const body = paragraphs.map((block) =>
    block.lang === 'en'
      ? `<p lang="en" dir="ltr">${escapeHtml(block.text)}</p>`
      : `<p>${escapeHtml(block.text)}</p>`,
  );
  if (options.bare) {
    const blocks = [`<h1>${escapeHtml(headline)}</h1>`, ...body];
    const head = `<head>\n<meta charset="utf-8">\n<title>${escapeHtml(pageTitle)}</title>\n</head>`;
    return [
      '<!doctype html>',
      '<html>',
      head,
      '<body>',
      '<div>',
      ...blocks,
      '</div>',
      '</body>',
      '</html>',
      '',
    ].join('\n');
  }
  return [
    '<!doctype html>',
    '<html lang="ar" dir="rtl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(pageTitle)}</title>`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${escapeHtml(headline)}">`,
    `<script type="application/ld+json">${scriptSafeJson(jsonLd)}</script>`,
    '</head>',
    '<body>',
    '<article>',
    `<h1>${escapeHtml(headline)}</h1>`,
    ...body,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
