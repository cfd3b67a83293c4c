import { type ArticleModule, findArticle, readArticle } from '~/lib/page/article-module';

/**
 * Whether an Arabic page is news, from its address, its metadata and its text (news cues), and where its
 * article is, in a file of its own: the page reader imports it only on a page whose letters are Arabic or
 * that it highlights, so the reader that every page with a possibly Arabic title loads carries only the
 * language check.
 */
export default defineUnlistedScript((): ArticleModule => ({ readArticle, findArticle }));
