/** Spreadsheet import, the pure part shared by the core and the page: numbers, periods, layout, names, preview. */
export * from './numbers';
export * from './period-headers';
export * from './names';
export * from './detect';
export * from './preview';
