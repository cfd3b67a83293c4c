import type { Detection } from '../messages/protocol';
import { type PageSignals, readLanguage } from './detect';
import { findNewsDomain } from './news-domains';

/**
 * Points per signal. What a publisher states about the page (a news site, a schema.org news type, an
 * Open Graph article, a publication time) weighs most; layout hints (<article>, <time>, a date in the
 * URL) are common on forums and blogs too, so on their own they cannot reach the threshold unless
 * several agree. Sputnik's article pages say og:type=website, so no single signal is required.
 */
const NEWS_WEIGHTS = {
  newsDomain: 3,
  newsType: 3,
  ogArticle: 3,
  articleType: 2,
  publishedTime: 2,
  datedUrl: 1,
  articleElement: 1,
  timeElement: 1,
} as const;
export const NEWS_THRESHOLD = 3;

// schema.org types: https://schema.org/NewsArticle (and its subtypes), https://schema.org/Article.
const NEWS_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
]);
const ARTICLE_TYPES = new Set(['Article', 'BlogPosting', 'Report']);

// /2020/05/13/, /2020/5/ (WordPress month archives), 2020-05-13 or 2020_05_13, and /20200513… (Sputnik).
const DATED_PATH = [
  /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])(?:\/|$)/,
  /(?:19|20)\d{2}[-_](?:0[1-9]|1[0-2])[-_](?:0[1-9]|[12]\d|3[01])(?!\d)/,
  /\/(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/,
];

function urlPath(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

function newsEvidence(signals: PageSignals): { score: number; reasons: string[] } {
  const found: [keyof typeof NEWS_WEIGHTS, string][] = [];
  const domain = signals.url ? findNewsDomain(signals.url) : undefined;
  if (domain) found.push(['newsDomain', `${domain.host}${domain.path ?? ''} is a known Arabic news site`]);

  const schemaTypes = [
    ...signals.jsonLdTypes.map((type) => ['JSON-LD', type] as const),
    ...(signals.microdataTypes ?? []).map((type) => ['microdata', type] as const),
  ];
  const newsType = schemaTypes.find(([, type]) => NEWS_TYPES.has(type));
  const articleType = schemaTypes.find(([, type]) => ARTICLE_TYPES.has(type));
  if (newsType) found.push(['newsType', `${newsType[0]} ${newsType[1]}`]);
  else if (articleType) found.push(['articleType', `${articleType[0]} ${articleType[1]}`]);

  if (signals.ogType === 'article') found.push(['ogArticle', 'og:type=article']);
  if (signals.hasPublishedTime) found.push(['publishedTime', 'publication time in the page metadata']);
  const path = signals.url ? urlPath(signals.url) : undefined;
  if (path && DATED_PATH.some((pattern) => pattern.test(path))) {
    found.push(['datedUrl', 'date in the URL path']);
  }
  if (signals.hasArticleElement) found.push(['articleElement', '<article> element']);
  if (signals.hasTimeElement && !signals.hasPublishedTime) found.push(['timeElement', '<time> element']);

  const score = found.reduce((sum, [signal]) => sum + NEWS_WEIGHTS[signal], 0);
  const reasons = found.map(([, reason]) => reason);
  if (found.length === 0) reasons.push(hasPageMetadata(signals) ? 'no news signals' : 'no page metadata');
  return { score, reasons };
}

function hasPageMetadata(signals: PageSignals): boolean {
  return Boolean(
    signals.url ||
      signals.lang ||
      signals.dir ||
      signals.ogType ||
      signals.jsonLdTypes.length > 0 ||
      (signals.microdataTypes?.length ?? 0) > 0 ||
      signals.hasArticleElement ||
      signals.hasPublishedTime ||
      signals.hasTimeElement,
  );
}

/**
 * Decides what kind of page the signals describe: its language (lib/page/detect.ts) and, whatever the
 * language, whether its address and metadata say it is a news article. Pure: the same signals always give
 * the same answer. The page's text is weighed apart (lib/page/news-text.ts).
 */
export function detectPage(signals: PageSignals): Detection {
  const { verdict, isArabic, reasons: languageReasons, notes, counts } = readLanguage(signals);
  const { score, reasons: newsReasons } = newsEvidence(signals);
  const isNews = score >= NEWS_THRESHOLD;
  const newsSummary = `news evidence ${score} ${isNews ? '≥' : '<'} ${NEWS_THRESHOLD}`;
  return {
    verdict: isArabic && isNews ? 'arabic-news' : verdict,
    isArabic,
    isNews,
    score,
    // Most telling first: the popup shows only the first few.
    reasons: [...languageReasons, newsSummary, ...newsReasons, ...notes],
    counts,
  };
}
