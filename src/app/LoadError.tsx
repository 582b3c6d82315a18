// The message shown instead of the graph when it cannot be loaded.
import type { LoadProblem } from './loadProblem';

export function LoadError({ problem }: { problem: LoadProblem }) {
  return (
    <main className="load-error" role="alert">
      <h1>The graph could not be shown</h1>
      <p>
        <strong>File:</strong> <code>{problem.file}</code>
      </p>
      <p>
        <strong>Problem:</strong> {problem.message}
      </p>
      <p>
        <strong>How to fix it:</strong> {problem.fix}
      </p>
    </main>
  );
}
