/**
 * The countdown of an exercise, big enough to read from the back of the room. It says "1 minute left" and "Time is
 * up" to screen readers and flashes at the end (no sound: the room is talking). The time itself is in the
 * workshop timer store, so leaving the view keeps it running.
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clock, exerciseName, EXERCISES, MAX_MINUTES, timeLeft, useWorkshopTimer } from '../../stores/workshop-timer';

export function WorkshopTimer() {
  const { t } = useTranslation('review');
  const { minutes, endsAt, leftMs } = useWorkshopTimer();
  // Rendered again when the language changes (useTranslation), so a suggestion shows in the new language.
  const exercise = exerciseName(useWorkshopTimer((s) => s.exercise));
  const [now, setNow] = useState(() => Date.now());
  const [message, setMessage] = useState('');
  const [minutesText, setMinutesText] = useState(String(minutes));
  const lastRest = useRef<number | null>(null);
  const running = endsAt !== null;
  const left = timeLeft({ endsAt, leftMs }, now);
  const done = !running && leftMs === 0;

  useEffect(() => {
    if (endsAt === null) return;
    lastRest.current = null;
    const tick = () => {
      const at = Date.now();
      setNow(at);
      const rest = endsAt - at;
      // Said once, as the countdown passes the last minute (not when it is started with a minute or less).
      if (lastRest.current !== null && lastRest.current > 60_000 && rest <= 60_000 && rest > 0) {
        setMessage(t('timer.oneMinute', { exercise: exerciseName(useWorkshopTimer.getState().exercise) }));
      }
      lastRest.current = rest;
      if (rest <= 0) {
        useWorkshopTimer.getState().pause(at);
        setMessage(t('timer.timeUp', { exercise: exerciseName(useWorkshopTimer.getState().exercise) }));
      }
    };
    tick();
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
  }, [endsAt, t]);

  const minutesError = minutesProblem(minutesText, t);
  function changeMinutes(text: string): void {
    setMinutesText(text);
    if (!minutesProblem(text, t)) useWorkshopTimer.getState().setMinutes(Number(text));
  }

  return (
    <div
      className={`workshop-timer${done ? ' done' : ''}${running ? ' running' : ''}`}
      role="group"
      aria-label={t('timer.label')}
    >
      <div className="timer-settings">
        <label className="timer-field">
          <span>{t('timer.exercise')}</span>
          <input
            list="workshop-exercises"
            value={exercise}
            maxLength={60}
            onChange={(e) => useWorkshopTimer.getState().setExercise(e.target.value)}
          />
        </label>
        <datalist id="workshop-exercises">
          {EXERCISES.map((x) => (
            <option key={x} value={t(`timerExercise.${x}`)} />
          ))}
        </datalist>
        <label className="timer-field timer-minutes">
          <span>{t('timer.minutes')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_MINUTES}
            value={minutesText}
            aria-invalid={minutesError ? true : undefined}
            aria-describedby={minutesError ? 'workshop-timer-error' : undefined}
            onChange={(e) => changeMinutes(e.target.value)}
          />
        </label>
      </div>
      <span className="timer-exercise" aria-hidden="true">
        {exercise}
      </span>
      <span
        className="timer-clock"
        role="timer"
        aria-label={t('timer.clockLabel', { exercise: exercise || t('timer.exercise'), time: clock(left) })}
      >
        {clock(left)}
      </span>
      <div className="timer-buttons">
        {running ? (
          <button type="button" className="small" onClick={() => useWorkshopTimer.getState().pause(Date.now())}>
            {t('timer.pause')}
          </button>
        ) : (
          <button
            type="button"
            className="small primary"
            onClick={() => {
              setMessage('');
              useWorkshopTimer.getState().start(Date.now());
            }}
          >
            {t('timer.start')}
          </button>
        )}
        <button
          type="button"
          className="small"
          onClick={() => {
            setMessage('');
            useWorkshopTimer.getState().reset();
          }}
        >
          {t('timer.reset')}
        </button>
      </div>
      {minutesError ? (
        <span id="workshop-timer-error" className="form-error timer-error">
          {minutesError}
        </span>
      ) : null}
      <span className="visually-hidden" aria-live="assertive">
        {message}
      </span>
    </div>
  );
}

function minutesProblem(text: string, t: TFunction<'review'>): string | null {
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n)) return t('timer.notWhole');
  if (n < 1 || n > MAX_MINUTES) return t('timer.outOfRange', { max: MAX_MINUTES });
  return null;
}
