import type { JSX } from 'preact';
import type { Problem } from '../lib/glossary/problems';
import { sayProblem } from '../lib/i18n/say-problem';
import { scriptLang } from './text-lang';
import { useI18n } from './use-i18n';

/**
 * A problem of the glossary's checks in the page's language. What the file or the entry wrote (a form, a
 * type, an id, a column) stands apart in its own direction and language, so an Arabic form keeps its order
 * inside an English sentence and a Latin type inside an Arabic one.
 */
export function ProblemText(props: { problem: Problem }): JSX.Element {
  const i18n = useI18n();
  const parts = sayProblem(i18n, props.problem, (text) => (
    <bdi class="quoted" lang={scriptLang(text)}>
      {text}
    </bdi>
  ));
  return <>{parts}</>;
}
