/** The words the first screen needs (resources.ts FIRST_NAMESPACES): its own chunk in the renderer. */
import common from './common.json';
import numbers from './numbers.json';
import grid from './grid.json';
import engine from './engine.json';
import menu from './menu.json';
import shell from './shell.json';
import panels from './panels.json';
import app from './app.json';
import plans from './plans.json';
import team from './team.json';

export const catalogue = {
  common,
  numbers,
  grid,
  engine,
  menu,
  shell,
  panels,
  app,
  plans,
  team,
};
