/**
 * How well the page reader keeps to the article (lib/page/main-content.ts), for `npm run eval`: on a saved
 * page, the highlights it paints inside its article against those of the whole page, judged against the
 * article body Mozilla's Readability extracts from the same page (a reference the reader does not use).
 */
import { Readability } from '@mozilla/readability';
import type { Matcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { outsideArticle } from '../../lib/page/article-scope';
import { findMainContent } from '../../lib/page/main-content';
import { collectTextBlocks } from '../../lib/page/text-blocks';
import { hiddenByStyle, loadHtmlDocument } from './html-document';

export interface ArticleFocus {
  /** Highlights on the whole page, and inside the article the reader found. */
  wholePage: number;
  inArticle: number;
  /** Of the article's highlights, those in a block of Readability's article body (or its title). */
  inReference: number;
  /** Why the page is read whole, when it is. */
  wholePageWhy?: string;
  /** Entities marked on the whole page but not in the article. */
  dropped: string[];
  /** Entities of Readability's article body that the article's highlights miss (should be none). */
  lost: string[];
}

/** Letters and digits alone: the reference and the page may differ in quotes, dots and spacing. */
const NOT_LETTERS = /[^\p{L}\p{Nd}]+/gu;
const squash = (text: string): string => text.replace(NOT_LETTERS, '');
/** A page block shorter than this counts as the reference's only when it is one of its blocks whole. */
const MIN_PART_CHARS = 25;
/** A reference block more than this share of which is link text is a link to another story, not the body. */
const MAX_LINK_SHARE = 0.5;

/**
 * `reference`: the article's own title and paragraphs where a gold extraction exists (the corpus has one for
 * the LBC page); otherwise Readability's.
 */
export async function articleFocus(
  html: string,
  glossary: { entries: readonly GlossaryEntry[]; matcher: Matcher },
  gold?: readonly string[],
): Promise<ArticleFocus | null> {
  const page = loadHtmlDocument(html, 'about:blank');
  try {
    const { document } = page;
    const body = document.body;
    if (body === null) return null;
    const skipElement = hiddenByStyle;
    const reference = gold ? referenceOf(gold) : readabilityBlocks(document);
    const scope = await findMainContent(body, { skipElement });
    const inReference = (text: string): boolean => {
      const squashed = squash(text);
      if (reference.whole.has(squashed)) return true;
      return squashed.length >= MIN_PART_CHARS && reference.joined.includes(squashed);
    };
    const idOf = (index: number): string => glossary.entries[index]?.id ?? '';
    const result: ArticleFocus = { wholePage: 0, inArticle: 0, inReference: 0, dropped: [], lost: [] };
    if (scope.wholePage) result.wholePageWhy = scope.wholePage;
    const pageIds = new Set<string>();
    const articleIds = new Set<string>();
    const skipped = (el: Element) => skipElement(el);
    const kept = new Set(
      collectTextBlocks(body, { skipElement: (el) => skipped(el) || outsideArticle(scope, el) }).map(
        (block) => block.segments[0]?.node,
      ),
    );
    for (const block of collectTextBlocks(body, { skipElement })) {
      const matches = glossary.matcher.match(block.text);
      const inArticle = kept.has(block.segments[0]?.node);
      const inBody = inReference(block.text);
      for (const match of matches) {
        result.wholePage++;
        pageIds.add(idOf(match.entry));
        if (!inArticle) continue;
        result.inArticle++;
        articleIds.add(idOf(match.entry));
        if (inBody) result.inReference++;
      }
    }
    const referenceIds = new Set(
      reference.blocks.flatMap((text) => glossary.matcher.match(text).map((match) => idOf(match.entry))),
    );
    result.dropped = [...pageIds].filter((id) => !articleIds.has(id));
    result.lost = [...referenceIds].filter((id) => pageIds.has(id) && !articleIds.has(id));
    return result;
  } finally {
    await page.close();
  }
}

/**
 * Readability's article (on a clone, which it rewrites) as text blocks, its title first, without the blocks
 * that are links to other stories (it keeps "read also" headlines that sit inside the body).
 */
function readabilityBlocks(document: Document): { blocks: string[]; whole: Set<string>; joined: string } {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const blocks: string[] = [];
  if (article?.title) blocks.push(article.title);
  if (article?.content) {
    const content = loadHtmlDocument(`<body>${article.content}</body>`, 'about:blank');
    const root = content.document.body;
    if (root) {
      for (const block of collectTextBlocks(root)) {
        const links = block.segments
          .filter((segment) => segment.node.parentElement?.closest('a'))
          .reduce((sum, segment) => sum + segment.end - segment.start, 0);
        if (links <= MAX_LINK_SHARE * block.text.trim().length) blocks.push(block.text);
      }
    }
    void content.close();
  }
  return referenceOf(blocks);
}

function referenceOf(blocks: readonly string[]): { blocks: string[]; whole: Set<string>; joined: string } {
  const squashed = blocks.map(squash).filter((text) => text !== '');
  return { blocks: squashed, whole: new Set(squashed), joined: squashed.join('\n') };
}
