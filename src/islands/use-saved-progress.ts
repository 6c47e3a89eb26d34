// Saved progress for islands whose server-rendered HTML shows the empty state (nothing is saved
// at build time). Preact's hydration patches text but keeps the server's attributes, so showing
// saved progress on the very first client render leaves attributes that no longer match their
// text: a "Done" badge with the "Not started" style, a "Try next" link that points at a case
// already done. Render the server's state first and the saved progress right after mount, so the
// second render is an ordinary diff that updates attributes too.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from './use-store.ts';
import { $progress } from '../stores/progress.ts';
import { emptyProgress, type ProgressState } from '../stores/progress-schema.ts';

const NOTHING_SAVED = emptyProgress();

export function useSavedProgress(): ProgressState {
  const progress = useStore($progress);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    setMounted(true);
  }, []);
  return mounted ? progress : NOTHING_SAVED;
}
