/**
 * The strategy map slide as editable shapes (owned by the deck-map part): a band per perspective, a box per
 * objective with its status, and a connector per cause-and-effect link, glued to its two boxes.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ReportScorecard } from '../../../shared/report';

/** Adds the map slide for the scorecard (nothing when it has no objectives). */
export function addMapSlide(pptx: PptxGenJS, sc: ReportScorecard): void {
  void pptx;
  void sc;
}

/** The written deck with each map connector glued to its boxes (p:cxnSp with stCxn/endCxn): what pptxgenjs cannot write. */
export async function glueConnectors(bytes: Buffer): Promise<Buffer> {
  return bytes;
}
