import type { EntityType } from '../../lib/glossary/schema';
import type { Painter } from '../../lib/page/paint';

/** A painter that records what would be painted, so tests can read it back (happy-dom has no CSS.highlights). */
export function recordingPainter() {
  const ranges = new Map<AbstractRange, EntityType>();
  const painter: Painter = {
    add: (range, entry) => void ranges.set(range, entry.type),
    remove: (range) => void ranges.delete(range),
    focus: () => {},
    clear: () => ranges.clear(),
  };
  /** The painted text, for live Ranges (a StaticRange has no text of its own). */
  const painted = () => [...ranges.keys()].map((range) => (range as Range).toString());
  return { painter, painted, ranges };
}
