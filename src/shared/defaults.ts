/** Default values for new entities, shared by the core (on create) and the renderer (empty forms). */
import type { Initiative, Kpi, Objective, Perspective, Scorecard, Theme } from './domain';

export const STANDARD_PERSPECTIVES: readonly { name: string; description: string }[] = [
  { name: 'Financial', description: 'How do we look to our owners and lenders?' },
  { name: 'Customer', description: 'How do customers see us?' },
  { name: 'Internal Process', description: 'What must we excel at?' },
  { name: 'Learning & Growth', description: 'How do we keep improving and creating value?' },
];

export const DEFAULT_GREEN_THRESHOLD = 100;
export const DEFAULT_AMBER_THRESHOLD = 80;
/** A value is due ten days after its period ends unless a scorecard or KPI says otherwise. */
export const DEFAULT_DATA_DUE_DAYS = 10;

export const scorecardDefaults: Omit<Scorecard, 'id' | 'name'> = {
  mission: '',
  vision: '',
  fiscalYearStartMonth: 1,
  granularity: 'quarter',
  rollupMethod: 'weighted_mean',
  greenThreshold: DEFAULT_GREEN_THRESHOLD,
  amberThreshold: DEFAULT_AMBER_THRESHOLD,
  parentScorecardId: null,
  requireNoteOnRed: true,
  dataDueDays: DEFAULT_DATA_DUE_DAYS,
  cascadeScoring: 'own',
  checkMaxLag: null,
};

export const perspectiveDefaults: Omit<Perspective, 'id' | 'scorecardId' | 'name' | 'position'> = {
  description: '',
  weight: 1,
};

export const themeDefaults: Omit<Theme, 'id' | 'scorecardId' | 'name'> = { colour: '#3b82f6', description: '' };

export const objectiveDefaults: Omit<Objective, 'id' | 'perspectiveId' | 'title' | 'position'> = {
  description: '',
  owner: '',
  weight: 1,
  startDate: null,
  dueDate: null,
  themeId: null,
  okrKind: 'aspirational',
  mapX: null,
  mapY: null,
};

export const kpiDefaults: Omit<Kpi, 'id' | 'objectiveId' | 'name' | 'position'> = {
  description: '',
  unit: '',
  polarity: 'increase',
  baseline: null,
  target: null,
  rangeLow: null,
  rangeHigh: null,
  tolerance: null,
  greenThreshold: null,
  amberThreshold: null,
  frequency: 'quarter',
  aggregation: 'sum',
  weight: 1,
  owner: '',
  dataSource: '',
  isKey: false,
  dataDueDays: null,
};

export const initiativeDefaults: Omit<Initiative, 'id' | 'scorecardId' | 'title'> = {
  description: '',
  owner: '',
  budget: null,
  spent: null,
  startDate: null,
  endDate: null,
  status: 'planned',
  percentComplete: 0,
  objectiveIds: [],
};
