/**
 * Where a page's article is: the headline and the element that holds the body (with its captions), found by
 * scoring the page's text blocks in the spirit of Mozilla's Readability (https://github.com/mozilla/readability):
 * a paragraph of prose with commas adds to its parent and, less, to its grandparent; a block made of links
 * (a menu, a "most read" list) adds nothing; class names such as `comment` or `sidebar` count against an
 * element, `article` or `content` for it. Unlike Readability it reads the live page without cloning or
 * changing it, in slices, and answers with the page's own elements, so the highlighter can walk inside them.
 */
import type { ArticleScope } from './article-scope';
import { blockElement } from './block-parts';
import { type TextBlock, walkTextBlocks } from './text-blocks';

export interface FindOptions {
  /** Elements whose text is not the page's (the extension's own UI). */
  skipElement?: (el: Element) => boolean;
  yieldToMain?: () => Promise<void>;
  sliceMs?: number;
  now?: () => number;
}

/** Blocks shorter than this are labels, not prose (Readability's own figure). */
const MIN_BLOCK_CHARS = 25;
/** A block more than this share of which is link text is navigation. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** Text the best candidate must hold for the page to have an article at all (a front page has none). */
const MIN_ARTICLE_CHARS = 400;
/** Siblings of the best candidate scoring this share of it belong to the article too (Readability's). */
const SIBLING_SHARE = 0.2;
const DEFAULT_SLICE_MS = 8;

// Readability's class and id patterns, shortened to what news sites use.
const NEGATIVE =
  /comment|footer|sidebar|side-bar|related|recommend|most-?read|popular|trending|widget|share|social|sponsor|promo|advert|\bads?\b|banner|breaking|ticker|marquee|menu|nav|header|masthead|tags?\b|prev[-_]?next|pager|pagination|subscribe|newsletter|login|cookie|modal|popup|hidden/i;
const POSITIVE = /article|body|content|entry|main|post|story|text|detail|news-?text|single/i;
// Not <form>, which ASP.NET wraps around whole pages, nor <header>, which articles open with.
const UNLIKELY_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu']);
const CONTENT_TAGS: Readonly<Record<string, number>> = {
  article: 10,
  main: 5,
  div: 5,
  section: 3,
  td: 3,
  blockquote: 3,
  pre: 3,
};
const COMMAS = /[,،]/g;

interface Candidate {
  el: Element;
  score: number;
  chars: number;
  linkChars: number;
}

function classWeight(el: Element): number {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  let weight = 0;
  if (NEGATIVE.test(names)) weight -= 25;
  if (POSITIVE.test(names)) weight += 25;
  return weight;
}

/** Characters of a block that are inside links. */
function linkChars(block: TextBlock): number {
  let chars = 0;
  for (const segment of block.segments) {
    if (segment.node.parentElement?.closest('a') != null) chars += segment.end - segment.start;
  }
  return chars;
}

/** Whether an element, or one of its ancestors up to the body, is page furniture by its tag or role. */
function inFurniture(el: Element): boolean {
  for (let current: Element | null = el; current !== null; current = current.parentElement) {
    if (UNLIKELY_TAGS.has(current.localName)) return true;
    const role = current.getAttribute('role');
    if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') {
      return true;
    }
  }
  return false;
}

/**
 * Finds the article under `root` (usually the body). Reads the page only; gives the main thread back every
 * `sliceMs` when `yieldToMain` is given.
 */
export async function findMainContent(root: Element, options: FindOptions = {}): Promise<ArticleScope> {
  const { skipElement, yieldToMain } = options;
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const candidates = new Map<Element, Candidate>();
  const candidate = (el: Element): Candidate => {
    let found = candidates.get(el);
    if (found === undefined) {
      found = { el, score: (CONTENT_TAGS[el.localName] ?? 0) + classWeight(el), chars: 0, linkChars: 0 };
      candidates.set(el, found);
    }
    return found;
  };
  let headline: Element | null = null;
  /** Elements of blocks that are navigation (mostly links, or inside <nav> and the like), maybe in the article. */
  const furniture: Element[] = [];
  let sliceStart = now();
  for (const block of walkTextBlocks(root, skipElement ? { skipElement } : {})) {
    if (yieldToMain !== undefined && now() - sliceStart > sliceMs) {
      await yieldToMain();
      sliceStart = now();
    }
    if (block === null) continue;
    const el = blockElement(block);
    if (el === null) continue;
    const text = block.text.trim();
    if (headline === null && el.localName === 'h1') headline = el;
    const links = linkChars(block);
    if (
      links > MAX_BLOCK_LINK_DENSITY * text.length ||
      inFurniture(el) ||
      NEGATIVE.test(`${el.getAttribute('class') ?? ''} ${el.id}`)
    ) {
      // Its element is left out only when it holds nothing but this block.
      if ((el.textContent ?? '').trim().length <= text.length * 1.2) furniture.push(el);
      continue;
    }
    if (text.length < MIN_BLOCK_CHARS) continue;
    const score = 1 + (text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    // The block's own element takes half the score, its parent all of it (the element holding the paragraphs
    // is the body) and its grandparent half again, so the body outscores both a paragraph and the page.
    let ancestor: Element | null = el;
    for (let level = 0; level < 3 && ancestor !== null && ancestor !== root.parentElement; level++) {
      const entry = candidate(ancestor);
      entry.score += level === 0 ? score / 2 : score / level;
      entry.chars += text.length;
      entry.linkChars += links;
      ancestor = ancestor.parentElement;
    }
  }

  let best: Candidate | null = null;
  const finalScore = (c: Candidate): number => c.score * (1 - c.linkChars / Math.max(c.chars, 1));
  for (const c of candidates.values()) {
    if (best === null || finalScore(c) > finalScore(best)) best = c;
  }
  if (best === null || best.chars < MIN_ARTICLE_CHARS) {
    return { roots: [], excluded: new Set(), wholePage: 'no-article' };
  }
  const top = best;
  const roots: Element[] = [top.el];
  // Siblings that score well enough belong to the body too (a standfirst, a second column of paragraphs).
  const threshold = Math.max(10, finalScore(top) * SIBLING_SHARE);
  for (const sibling of top.el.parentElement?.children ?? []) {
    if (sibling === top.el) continue;
    const c = candidates.get(sibling);
    if (c !== undefined && finalScore(c) >= threshold && !inFurniture(sibling)) {
      roots.push(sibling);
    }
  }
  // The headline, where it stands apart from the body.
  const title = headline as Element | null;
  if (title !== null && !roots.some((r) => r.contains(title)) && !inFurniture(title)) roots.push(title);
  roots.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  const excluded = new Set(furniture.filter((el) => roots.some((root) => root !== el && root.contains(el))));
  return { roots, excluded };
}
