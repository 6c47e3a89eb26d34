// Tells the learner, once, when saved progress had to be repaired or reset.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from './use-store.ts';
import { $progress, $progressNotice, dismissProgressNotice } from '../stores/progress.ts';

export default function ProgressNotice() {
  useStore($progress); // reading progress is what triggers recovery from storage
  const notice = useStore($progressNotice);
  // Render nothing on the first (hydrating) render, as the server did: the notice depends on this
  // browser's storage, and an element the server never rendered would make hydration reuse the
  // wrong server-rendered nodes for everything after it in the island.
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    setMounted(true);
  }, []);
  if (!mounted || !notice) return null;
  return (
    <div class="feedback feedback--partial progress-notice" role="status">
      <p>
        <span class="feedback__verdict">Saved progress: </span>
        {notice}
      </p>
      <button type="button" class="secondary" onClick={dismissProgressNotice}>
        Dismiss
      </button>
    </div>
  );
}
