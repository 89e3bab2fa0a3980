import { actionHandlers, dueHandlers } from './action';
import { backupHandlers } from './backup';
import { dashboardHandlers } from './dashboard';
import { appInfo, documentHandlers } from './document';
import { setLanguage } from './language';
import { historyHandlers } from './history';
import { initiativeHandlers } from './initiative';
import { kpiHandlers } from './kpi';
import { noteHandlers } from './note';
import { minutesHandlers, periodHandlers } from './period';
import { reportHandlers } from './report';
import { reviewHandlers } from './review';
import { scorecardHandlers } from './scorecard';
import { structureHandlers } from './structure';
import { importHandlers } from './import';
import { libraryHandlers } from './library';
import { spreadsheetHandlers } from './spreadsheet';
import { templateHandlers } from './templates';
import { cascadeHandlers } from './cascade';
import { okrHandlers } from './okr';
import { incentiveHandlers } from './incentive';
import { workshopHandlers } from './workshop';
import { analysisHandlers } from './analysis';
import { auditHandlers, teamHandlers } from './team';
import type { Handlers } from './types';

export const handlers: Handlers = {
  'app.info': appInfo,
  'app.setLanguage': setLanguage,
  ...documentHandlers,
  ...scorecardHandlers,
  ...structureHandlers,
  ...kpiHandlers,
  ...initiativeHandlers,
  ...noteHandlers,
  ...reportHandlers,
  ...historyHandlers,
  ...dashboardHandlers,
  ...backupHandlers,
  ...reviewHandlers,
  ...actionHandlers,
  ...dueHandlers,
  ...periodHandlers,
  ...minutesHandlers,
  ...templateHandlers,
  ...libraryHandlers,
  ...importHandlers,
  ...spreadsheetHandlers,
  ...cascadeHandlers,
  ...okrHandlers,
  ...incentiveHandlers,
  ...workshopHandlers,
  ...analysisHandlers,
  ...teamHandlers,
  ...auditHandlers,
};
