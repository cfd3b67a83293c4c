import { ENTITY_TYPES } from '../lib/glossary/schema';
import { useI18n } from './use-i18n';

/** An <option> for each entity type, in the glossary's order: the type selects of the forms and filters. */
export function TypeOptions() {
  const { t } = useI18n();
  return (
    <>
      {ENTITY_TYPES.map((type) => (
        <option key={type} value={type}>
          {t(`type_${type}`)}
        </option>
      ))}
    </>
  );
}
