/**
 * The words of a name's "son of" chain (folded): أحمد بن محمد بن راشد, عائشة بنت أبي بكر. The name after one
 * is the father's, inside the child's name; ابنه "his son" introduces the son himself, so it is a word of the
 * chain (KINSHIP) but names no father (CHILD_OF). Folded, ابنه is also ابنة "daughter (of)".
 */
export const CHILD_OF: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);

export const KINSHIP: ReadonlySet<string> = new Set([...CHILD_OF, 'ابنه']);
