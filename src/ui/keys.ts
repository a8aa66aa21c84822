// Keys that work across the explorer: arrow keys among the tabs of a tablist (roving tabindex),
// and Escape clearing the selection from anywhere but a text field or an open menu.
import type { Attachment } from 'svelte/attachments';

/**
 * The tab that a key moves to among `count` tabs from the one at `at`: the next (→, ↓) or
 * previous (←, ↑), wrapping round, the first (Home) or last (End); null for any other key.
 */
export function tabKeyTarget(key: string, count: number, at: number): number | null {
  if (count <= 0) return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return (at + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** Input types where Escape belongs to the field (clearing a search, say), not to the page. */
const NOT_TEXT = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Whether a key pressed on this element is the element's own: a text field, or in an open menu. */
export function keepsItsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return (
    target.closest(
      'dialog, [role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]',
    ) !== null
  );
}

/**
 * While the element it is attached to is in the page, Escape anywhere clears the selection —
 * unless focus is in a text field or an open menu, or something closer took the key (a menu
 * closing, the graph clearing it itself).
 */
export function escapeClearsSelection(clear: () => void): Attachment {
  return () => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || keepsItsKeys(event.target)) return;
      clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  };
}
