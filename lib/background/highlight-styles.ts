import { PAINTED_KINDS } from '../page/paint';

/** A highlight name as the page reader makes them (lib/page/paint.ts): lower-case letters. */
export function isHighlightName(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]{8,40}$/.test(value);
}

/**
 * The highlight stylesheet for one page load: each `::highlight(dalil-KIND)` rule of the template
 * (components/highlights.css) under the name the page load chose for KIND, `names` being in PAINTED_KINDS
 * order. Null when the names are not one valid name per kind.
 */
export function highlightStyles(template: string, names: readonly string[]): string | null {
  if (names.length !== PAINTED_KINDS.length || !names.every(isHighlightName)) return null;
  return template.replace(/::highlight\(dalil-([a-z]+)\)/g, (rule, kind: string) => {
    const name = names[PAINTED_KINDS.indexOf(kind)];
    return name === undefined ? rule : `::highlight(${name})`;
  });
}
