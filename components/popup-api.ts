/**
 * What the popup's components need from the browser, given to them through a context so that they never
 * touch the extension API themselves: the popup wires the real messages, tests pass fakes.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackgroundRequest, ReplyTo, TabRequest } from '../lib/messages/protocol';

/** A request to the content script of the page the popup is about. */
export type AskPage = <R extends TabRequest>(request: R) => Promise<ReplyTo<R>>;
/** A request to the background. */
export type AskBackground = <R extends BackgroundRequest>(request: R) => Promise<ReplyTo<R>>;

export interface PopupApi {
  askPage: AskPage;
  askBackground: AskBackground;
  /** Puts text on the clipboard. */
  copy(text: string): Promise<void>;
}

/** The api, plus a way for any component to say something short in the popup's live region. */
export interface PopupServices extends PopupApi {
  announce(message: string): void;
}

export const PopupContext = createContext<PopupServices | null>(null);

export function usePopup(): PopupServices {
  const services = useContext(PopupContext);
  if (services === null) throw new Error('Dalil: popup component used outside <Popup>');
  return services;
}
