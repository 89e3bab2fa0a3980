/** The es catalogue, one JSON file per namespace. A new namespace is added here for every language. */
import common from './common.json';
import numbers from './numbers.json';
import grid from './grid.json';
import engine from './engine.json';
import report from './report.json';
import menu from './menu.json';
import shell from './shell.json';
import cli from './cli.json';
import errors from './errors.json';
import panels from './panels.json';
import app from './app.json';
import plans from './plans.json';
import review from './review.json';
import map from './map.json';
import team from './team.json';
import history from './history.json';
import deck from './deck.json';

export const catalogue = {
  common,
  numbers,
  grid,
  engine,
  report,
  menu,
  shell,
  cli,
  errors,
  panels,
  app,
  plans,
  review,
  map,
  team,
  history,
  deck,
};
