/** Other people's edits, applied as they happen and said politely to a screen reader (and shown in the status bar). */
import { useEffect, useState } from 'react';
import { startLiveUpdates } from './live-updates';
import { useTeamStore } from './team-store';

export function TeamLive() {
  const signedIn = useTeamStore((s) => s.status === 'signed-in');
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!signedIn) return;
    let clear: ReturnType<typeof setTimeout> | undefined;
    const stop = startLiveUpdates(
      (text) => {
        setSaid(text);
        clearTimeout(clear);
        clear = setTimeout(() => setSaid(''), 8000);
      },
      () => useTeamStore.getState().me?.account.id ?? null,
    );
    return () => {
      stop();
      clearTimeout(clear);
    };
  }, [signedIn]);
  if (!signedIn) return null;
  return (
    <p className="team-live" aria-live="polite" role="status">
      {said}
    </p>
  );
}
