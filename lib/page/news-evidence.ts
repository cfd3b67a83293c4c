import type { Detection, DetectionReason } from '../messages/protocol';
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

function newsEvidence(signals: PageSignals): { score: number; reasons: DetectionReason[] } {
  const found: [keyof typeof NEWS_WEIGHTS, DetectionReason][] = [];
  const domain = signals.url ? findNewsDomain(signals.url) : undefined;
  if (domain) found.push(['newsDomain', { code: 'news-site', site: `${domain.host}${domain.path ?? ''}` }]);

  const schemaTypes = [
    ...signals.jsonLdTypes.map((type) => ['JSON-LD', type] as const),
    ...(signals.microdataTypes ?? []).map((type) => ['microdata', type] as const),
  ];
  const newsType = schemaTypes.find(([, type]) => NEWS_TYPES.has(type));
  const articleType = schemaTypes.find(([, type]) => ARTICLE_TYPES.has(type));
  const schema = ([source, schemaType]: (typeof schemaTypes)[number]): DetectionReason => ({
    code: 'schema-type',
    source,
    schemaType,
  });
  if (newsType) found.push(['newsType', schema(newsType)]);
  else if (articleType) found.push(['articleType', schema(articleType)]);

  if (signals.ogType === 'article') found.push(['ogArticle', { code: 'og-article' }]);
  if (signals.hasPublishedTime) found.push(['publishedTime', { code: 'published-time' }]);
  const path = signals.url ? urlPath(signals.url) : undefined;
  if (path && DATED_PATH.some((pattern) => pattern.test(path))) {
    found.push(['datedUrl', { code: 'dated-url' }]);
  }
  if (signals.hasArticleElement) found.push(['articleElement', { code: 'article-element' }]);
  if (signals.hasTimeElement && !signals.hasPublishedTime) {
    found.push(['timeElement', { code: 'time-element' }]);
  }

  const score = found.reduce((sum, [signal]) => sum + NEWS_WEIGHTS[signal], 0);
  const reasons = found.map(([, reason]) => reason);
  if (found.length === 0)
    reasons.push({ code: hasPageMetadata(signals) ? 'no-news-signals' : 'no-metadata' });
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
  const newsSummary: DetectionReason = {
    code: 'news-score',
    from: 'metadata',
    score,
    threshold: NEWS_THRESHOLD,
  };
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
