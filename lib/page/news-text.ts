import { NEWS_TEXT_THRESHOLD, type NewsTextEvidence, newsCuesIn } from '../arabic/news-cues';

/** The page's text read for news cues: its first blocks, up to this many characters. */
export const NEWS_CUE_CHARS = 40_000;

import type { Detection, DetectionReason } from '../messages/protocol';

/**
 * Detection with what the page's text says: an Arabic page whose metadata did not make it news is news when
 * its text reads as a report (lib/arabic/news-cues.ts). Text is read on every Arabic page, so the popup can
 * say what it found; a page already news by its metadata stays news. Other languages are left as they are.
 */
export function withTextNews(detection: Detection, blocks: readonly string[]): Detection {
  return withNewsEvidence(detection, newsCuesIn(firstChars(blocks, NEWS_CUE_CHARS)));
}

/** `withTextNews` for cues already counted (the page reader counts them in slices). */
export function withNewsEvidence(detection: Detection, text: NewsTextEvidence): Detection {
  if (!detection.isArabic) return detection;
  const byText = text.score >= NEWS_TEXT_THRESHOLD;
  const summary: DetectionReason = {
    code: 'news-score',
    from: 'text',
    score: text.score,
    threshold: NEWS_TEXT_THRESHOLD,
  };
  const textReasons = [summary, ...text.reasons];
  const reasons = [...detection.reasons];
  // After the language's reasons: before the metadata's when the text decides, else after them.
  const metadataAt = reasons.findIndex(
    (reason) => reason.code === 'news-score' && reason.from === 'metadata',
  );
  const at = metadataAt < 0 ? reasons.length : byText && !detection.isNews ? metadataAt : reasons.length;
  reasons.splice(at, 0, ...textReasons);
  const isNews = detection.isNews || byText;
  return {
    ...detection,
    isNews,
    verdict: isNews ? 'arabic-news' : 'arabic-other',
    textScore: text.score,
    reasons,
  };
}

/** The first blocks that together hold at most `max` characters (the last one cut). */
function firstChars(blocks: readonly string[], max: number): string[] {
  const kept: string[] = [];
  let left = max;
  for (const block of blocks) {
    if (left <= 0) break;
    kept.push(block.length <= left ? block : block.slice(0, left));
    left -= block.length;
  }
  return kept;
}
