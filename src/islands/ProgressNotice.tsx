// Tells the learner, once, when saved progress had to be repaired or reset.
import { useStore } from '@nanostores/preact';
import { $progress, $progressNotice, dismissProgressNotice } from '../stores/progress.ts';

export default function ProgressNotice() {
  useStore($progress); // reading progress is what triggers recovery from storage
  const notice = useStore($progressNotice);
  if (!notice) return null;
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
