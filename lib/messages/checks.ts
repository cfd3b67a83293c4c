/**
 * What both receivers check before trusting a message: who sent it, that it is a known request of theirs, and
 * the fields they share. A message is data from another context, never trusted as typed.
 */
import { SITE_MODES, type SiteMode } from './protocol';

/** Whether a message came from this extension itself (its pages or its content scripts). */
export function isOwnSender(sender: { id?: string }, extensionId: string): boolean {
  return sender.id === extensionId;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The longest text field a message may carry unless a field says otherwise. */
export const MAX_TEXT = 2000;

export function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** Whether a value is a list of at most `items` texts, each of at most `max` characters. */
export function isTextList(value: unknown, items: number, max = MAX_TEXT): value is string[] {
  return Array.isArray(value) && value.length <= items && value.every((item) => isText(item, max));
}

export function isSiteMode(value: unknown): value is SiteMode {
  return typeof value === 'string' && (SITE_MODES as readonly string[]).includes(value);
}

/** A request of type T without its type: what a parser reads from a message (the type is known already). */
export type Payload<R extends { type: string }, T extends R['type']> = Omit<Extract<R, { type: T }>, 'type'>;

/** Reads the fields of a request of type T from a message, or null when they are not in the expected shape. */
export type PayloadParser<R extends { type: string }, T extends R['type']> = (
  message: Record<string, unknown>,
) => Payload<R, T> | null;

/** The parser of a request type without fields. */
export const noFields = (): Record<never, never> => ({});

/**
 * Whether a message is an object whose type is one of the table's own keys: never one every object has
 * (`toString`, `__proto__`), which a lookup in the table would otherwise find.
 */
export function hasKnownType<K extends string>(
  table: Readonly<Record<K, unknown>>,
  message: unknown,
): message is Record<string, unknown> & { type: K } {
  return isRecord(message) && typeof message.type === 'string' && Object.hasOwn(table, message.type);
}
