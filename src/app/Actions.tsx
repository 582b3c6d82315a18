// The buttons: downloads of what is visible, opening a file, presenting and
// sharing.
import { useRef, type ChangeEvent } from 'react';

/** What the buttons ask the explorer to do. */
export interface ActionHandlers {
  onDownloadCsv: () => void;
  onDownloadNodes: () => void;
  onDownloadGexf: () => void;
  onDownloadPng: () => void;
  onOpen: (files: File[]) => void;
  onCopyLink: () => void;
  onPresent: () => void;
  onLayout: () => void;
}

interface Props extends ActionHandlers {
  layoutRunning: boolean;
}

export function Actions(props: Props) {
  const input = useRef<HTMLInputElement>(null);
  const onFiles = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) props.onOpen(files);
  };
  return (
    <section className="actions" aria-label="Actions">
      <h2 className="visually-hidden">Actions</h2>
      <div className="button-grid">
        <button type="button" onClick={props.onDownloadCsv}>
          Download CSV
        </button>
        <button type="button" onClick={props.onDownloadNodes}>
          Download nodes CSV
        </button>
        <button type="button" onClick={props.onDownloadGexf}>
          Download GEXF
        </button>
        <button type="button" onClick={props.onDownloadPng}>
          Download PNG
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          Open file…
        </button>
        <button type="button" onClick={props.onCopyLink}>
          Copy link
        </button>
        <button type="button" aria-pressed={props.layoutRunning} onClick={props.onLayout}>
          {props.layoutRunning ? 'Stop layout' : 'Run layout'}
        </button>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,.csv,application/json,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={onFiles}
      />
      <button type="button" className="primary" aria-pressed={false} onClick={props.onPresent}>
        Presenter mode
      </button>
      <p className="muted small">
        Downloads hold exactly what is visible. Keys: <kbd>p</kbd> presenter mode, <kbd>Esc</kbd>{' '}
        leave it.
      </p>
    </section>
  );
}
