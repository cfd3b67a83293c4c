import { NEWS_TEXT_THRESHOLD, newsCuesIn } from '../arabic/news-cues';
import type { Detection } from '../messages/protocol';

/**
 * Detection with what the page's text says: an Arabic page whose metadata did not make it news is news when
 * its text reads as a report (lib/arabic/news-cues.ts). Text is read on every Arabic page, so the popup can
 * say what it found; a page already news by its metadata stays news. Other languages are left as they are.
 */
export function withTextNews(detection: Detection, blocks: readonly string[]): Detection {
  if (!detection.isArabic) return detection;
  const text = newsCuesIn(blocks);
  const byText = text.score >= NEWS_TEXT_THRESHOLD;
  const summary = `news from the text ${text.score} ${byText ? '≥' : '<'} ${NEWS_TEXT_THRESHOLD}`;
  const textReasons = [summary, ...text.reasons];
  const reasons = [...detection.reasons];
  // After the language's reasons: before the metadata's when the text decides, else after them.
  const metadataAt = reasons.findIndex((reason) => reason.startsWith('news evidence'));
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
