/** spreadsheet.export: the file made by spreadsheet-write.ts, saved by the host's dialog or sent back to the page. */
import type { z } from 'zod';
import type { SpreadsheetExportInput, SpreadsheetExportResult } from '../../shared/sheets';
import type { Capabilities } from './capabilities';
import type { ReadCore } from './handlers/types';
import { writeSpreadsheet } from './spreadsheet-write';

export function exportSpreadsheet(
  { scorecardId, period, format }: z.output<typeof SpreadsheetExportInput>,
  host: Capabilities,
  read: ReadCore,
): Promise<SpreadsheetExportResult | null> {
  // Read before anything is awaited: a scorecard that is not there is refused at once, by every host alike.
  const data = read('spreadsheet.data', { scorecardId, period });
  return writeSpreadsheet(data, format).then(async ({ fileName, bytes }) => {
    if (host.saveFile) {
      const filter =
        format === 'xlsx' ? { name: 'Excel workbook (*.xlsx)', extensions: ['xlsx'] } : { name: 'CSV (*.csv)', extensions: ['csv'] };
      const path = await host.saveFile(fileName, bytes, filter);
      return path ? { path, base64: null, fileName, bytes: bytes.length } : null;
    }
    return { path: null, base64: bytes.toString('base64'), fileName, bytes: bytes.length };
  });
}
