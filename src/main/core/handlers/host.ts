/**
 * Methods served with the host's capabilities (capabilities.ts): printing the report or a review's minutes,
 * opening a link, choosing a file. A host without the capability gets a plain answer, never an exception of its transport. None of them edits
 * the document: what they read goes through `read`, one transaction of its own before anything is awaited.
 */
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { readSpreadsheet } from '../spreadsheet-read';
import { exportSpreadsheet } from '../spreadsheet-export';
import { exportIncentives } from '../incentive-export';
import { exportDeck } from '../deck/deck-export';
import type { HostHandlers } from './types';

export const hostHandlers: HostHandlers = {
  'report.export': ({ openAfter, ...options }, host, read) => {
    if (!host.print) {
      throw new AppError(
        ErrorCode.VALIDATION,
        t('errors:host.noPrint', { command: 'quadrant report' }),
      );
    }
    return host.print({ kind: 'report', data: read('report.data', options) }, { openAfter });
  },
  'minutes.export': ({ reviewId, openAfter }, host, read) => {
    if (!host.print) {
      throw new AppError(
        ErrorCode.VALIDATION,
        t('errors:host.noPrint', { command: 'quadrant minutes' }),
      );
    }
    return host.print({ kind: 'minutes', data: read('minutes.data', { reviewId }) }, { openAfter });
  },
  // Without a link opener the page opens the link itself (browser mode asks in place first).
  'shell.openExternal': ({ url }, host) => (host.openLink ? host.openLink(url).then((opened) => ({ opened })) : { opened: false }),
  'file.choose': ({ purpose, suggestedPath }, host) => {
    if (!host.choosePath) {
      throw new AppError(ErrorCode.VALIDATION, t('errors:host.noFileDialog'));
    }
    return host.choosePath(purpose, suggestedPath).then((path) => (path ? { path } : null));
  },
  'import.read': ({ fileName, dataBase64 }) => readSpreadsheet(fileName, Buffer.from(dataBase64, 'base64')),
  'spreadsheet.export': (input, host, read) => exportSpreadsheet(input, host, read),
  'incentive.export': (input, host, read) => exportIncentives(input, host, read),
  'deck.export': (input, host, read) => exportDeck(input, host, read),
};
