// Presenter mode's only chrome: one line saying what is shown, and a way out.
interface Props {
  summary: string;
  counts: string;
  onLeave: () => void;
}

export function PresenterBar({ summary, counts, onLeave }: Props) {
  return (
    <header className="presenter-bar">
      <p>
        <strong>{summary}</strong> <span className="muted">· {counts}</span>
      </p>
      <button type="button" onClick={onLeave}>
        Leave presenter mode (Esc)
      </button>
    </header>
  );
}
