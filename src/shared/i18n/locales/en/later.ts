/** The words of the parts that load later (resources.ts LATER_NAMESPACES): its own chunk in the renderer. */
import report from './report.json';
import cli from './cli.json';
import errors from './errors.json';
import review from './review.json';
import map from './map.json';
import history from './history.json';
import deck from './deck.json';

export const catalogue = {
  report,
  cli,
  errors,
  review,
  map,
  history,
  deck,
};
