/**
 * What part of the page the page reader reads: the article lib/page/main-content.ts found (in page-article.js),
 * or the whole page. Apart from the finder so the reader carries only this.
 */

/** The article the page reader reads, or the whole page when no part of it stands out as one. */
export interface ArticleScope {
  /** The article's elements (headline, body), in document order; empty for the whole page. */
  roots: Element[];
  /** Furniture inside the roots: link lists ("read also", related stories), navigation, share bars. */
  excluded: ReadonlySet<Element>;
  /** Why the whole page is read, when it is; undefined when an article was found. */
  wholePage?: 'no-article' | 'asked';
}

export const WHOLE_PAGE: ArticleScope = { roots: [], excluded: new Set(), wholePage: 'asked' };

/**
 * Whether an element's text is left out of the article: it is furniture inside the article, or neither inside
 * one of its roots nor around one. A walk that skips such elements (and their subtrees) reads the article.
 */
export function outsideArticle(scope: ArticleScope, el: Element): boolean {
  if (scope.roots.length === 0) return false;
  if (scope.excluded.has(el)) return true;
  // An element in a shadow tree stands where its outermost host stands (contains() stops at shadow roots).
  let at: Element = el;
  for (let root = at.getRootNode(); 'host' in root; root = at.getRootNode()) at = (root as ShadowRoot).host;
  for (const root of scope.roots) if (root === at || root.contains(at) || at.contains(root)) return false;
  return true;
}
