// Keyboard: `p` toggles presenter mode, Esc leaves it (or clears the selection).
import { useEffect } from 'react';

/** Inputs that take no typed text: a key pressed on them is a shortcut. */
const NOT_TYPED = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'color',
  'range',
]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * @example usePresenterKeys(presenter, setPresenter, () => setSelection(null));
 */
export function usePresenterKeys(
  presenter: boolean,
  setPresenter: (on: boolean) => void,
  clearSelection: () => void,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        if (presenter) setPresenter(false);
        else if (!isTyping(event.target)) clearSelection();
      } else if ((event.key === 'p' || event.key === 'P') && !isTyping(event.target)) {
        event.preventDefault();
        setPresenter(!presenter);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenter, setPresenter, clearSelection]);
}
