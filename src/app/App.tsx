// The page: load the graph, then explore it; a clear message if loading fails.
import { Explorer } from './Explorer';
import { LoadError } from './LoadError';
import { useGraphFile } from './useGraphFile';

export function App() {
  const file = useGraphFile();
  if (file.status === 'loading') {
    return (
      <p className="loading" role="status">
        Loading the graph…
      </p>
    );
  }
  if (file.status === 'error') return <LoadError problem={file.problem} />;
  return <Explorer loaded={file.graph} />;
}
