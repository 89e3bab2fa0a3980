/**
 * What a host can do beyond reading and writing the document. The dispatcher is created with them
 * (`createDispatcher(session, capabilities)`): the Electron shell, the browser-mode server and the CLI each pass
 * their own, and no handler is a stub that an adapter replaces by its method name.
 */
import type { PathPurpose } from '../../shared/contract';
import type { MinutesData } from '../../shared/contract-review';
import type { ReportData, ReportExportResult } from '../../shared/report';

/** What the print pipeline prints: the report of a period, or the minutes of a review. */
export type Printable = { kind: 'report'; data: ReportData } | { kind: 'minutes'; data: MinutesData };

export interface PathApproval {
  /**
   * Called before any handler uses a path that arrived in a call; throws an AppError (FORBIDDEN) to refuse it.
   * The Electron app lets the page use only paths its own dialogs produced.
   */
  approvePath(purpose: PathPurpose, path: string): void;
}

export interface Capabilities extends PathApproval {
  /** Prints the report or the minutes to PDF and delivers it (saved, or sent back); null when the user cancelled. */
  print?(doc: Printable, request: { openAfter: boolean }): Promise<ReportExportResult | null>;
  /** Hands a web address to the system browser once the user confirms; false when they did not. */
  openLink?(url: string): Promise<boolean>;
  /** Asks the user for a file in a dialog of the host's own; null when cancelled. */
  choosePath?(purpose: PathPurpose, suggestedPath: string | undefined): Promise<string | null>;
  /**
   * Saves a file the core made (a spreadsheet export) where the user chooses in the host's save dialog; the path,
   * or null when cancelled. Hosts without it send the bytes back for the page to offer as a download.
   */
  saveFile?(suggestedName: string, bytes: Buffer, filter: { name: string; extensions: string[] }): Promise<string | null>;
}

/**
 * Paths the person typed themselves: arguments on the command line, the browser-mode page's form (served on
 * loopback only, to a page holding the per-run token), and callers in this process (tests).
 */
export const typedPaths: PathApproval = { approvePath: () => undefined };

/** The CLI: paths from its arguments; no dialogs, and `quadrant report` prints outside the dispatcher. */
export const commandLineHost: PathApproval = typedPaths;
