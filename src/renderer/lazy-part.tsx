/**
 * Parts of the window that load their code when first shown: the dashboard and every other chart (ECharts alone is
 * larger than the rest of the app), the strategy map editor and the report view. The overview, the first screen,
 * never waits for them; once it is painted, `warmWhenIdle` fetches them in the background, so the first click on
 * a tab finds its code already there.
 */
import { loadLaterWords, t } from '../shared/i18n';
import {
  Component,
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type ErrorInfo,
  type ReactElement,
  type ReactNode,
} from 'react';

export interface LazyPart<P extends object> {
  Component: (props: P) => ReactElement;
  /** Starts fetching the code (once); resolves when it is there. */
  preload(): Promise<unknown>;
}

/**
 * `load` imports the module and picks the component; `fallback` is shown while it loads and should take the room
 * the part will take, so nothing moves when it arrives. The part also waits for the words of the later parts (only
 * the first screen's are in the first chunk), so it never shows a key in place of a word.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode,
): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= Promise.all([load(), loadLaterWords()]).then(([component]) => (loaded = component));
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));

  function Part(props: P): ReactElement {
    // Chosen once per mount: code already fetched renders at once (React.lazy would suspend for a tick even then,
    // flashing the fallback), and the element type never changes under a mounted part, which would remount it.
    const [Ready] = useState<ComponentType<P> | null>(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <LoadBoundary>
        <Suspense fallback={fallback(props)}>
          <Lazy {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return { Component: Part, preload };
}

/**
 * A part whose code could not be fetched (a browser-mode server stopped, a file removed) says so in place. The
 * browser remembers a failed module fetch for the page's life, so the way to try again is to reload the window.
 */
class LoadBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('A part of the window could not be loaded', error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="lazy-failed" role="alert">
        <p>{t('shell:lazy.failed', { error: this.state.error })}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('shell:lazy.reload')}
        </button>
      </div>
    );
  }
}

/**
 * Runs the preloads one at a time while the window is idle, after the first paint. Each import parses a large
 * chunk; one per idle period keeps typing and scrolling on the overview smooth meanwhile.
 */
export function warmWhenIdle(preloads: readonly (() => Promise<unknown>)[]): () => void {
  let cancelled = false;
  let handle: number | undefined;
  const idle =
    typeof requestIdleCallback === 'function'
      ? (fn: () => void) => requestIdleCallback(fn, { timeout: 2000 })
      : (fn: () => void) => window.setTimeout(fn, 200);
  const cancel = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : window.clearTimeout;
  const next = (i: number): void => {
    if (cancelled || i >= preloads.length) return;
    handle = idle(() => {
      handle = undefined;
      // A failed warm-up is not shown here: the part says so itself if it is opened.
      preloads[i]!().then(
        () => next(i + 1),
        () => next(i + 1),
      );
    });
  };
  next(0);
  return () => {
    cancelled = true;
    if (handle !== undefined) cancel(handle);
  };
}

/**
 * What a part shows while its code (or its data) loads: the room it will take, and a quiet status for screen
 * readers. The words appear only if loading takes long enough to notice (see .part-loading in layout.css).
 */
export function PartLoading({ label, height }: { label: string; height?: number }): ReactElement {
  return (
    <div className="part-loading" role="status" style={height === undefined ? undefined : { height }}>
      <span>{label}</span>
    </div>
  );
}
