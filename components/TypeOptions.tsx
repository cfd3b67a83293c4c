import { ENTITY_TYPES } from '../lib/glossary/schema';

/** An <option> for each entity type, in the glossary's order: the type selects of the forms and filters. */
export function TypeOptions() {
  return (
    <>
      {ENTITY_TYPES.map((type) => (
        <option key={type} value={type}>
          {type}
        </option>
      ))}
    </>
  );
}
