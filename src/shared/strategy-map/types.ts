/** What the strategy-map layout takes and what it returns. All coordinates are SVG user units (px at 100 %). */

export interface MapPerspective {
  id: number;
  name: string;
  position: number;
}

export interface MapObjective {
  id: number;
  perspectiveId: number;
  title: string;
  position: number;
  themeId: number | null;
  /** Manual slot, see {@link MapMetrics.slotWidth}; both null when the layout places the box. */
  mapX: number | null;
  mapY: number | null;
}

export interface MapLink {
  id: number;
  fromObjectiveId: number;
  toObjectiveId: number;
}

export interface MapInput {
  perspectives: readonly MapPerspective[];
  objectives: readonly MapObjective[];
  links: readonly MapLink[];
}

export interface MapMetrics {
  boxWidth: number;
  boxHeight: number;
  /** Left column holding the perspective names. */
  titleWidth: number;
  /** Least width of the vertical channel between two columns (arrows run in it). */
  gutter: number;
  /** Least width of the channels left of the first and right of the last column. */
  edgeGutter: number;
  /** Least height of the channel between two rows of one lane. */
  rowGap: number;
  /** Least height of the channel between two lanes. */
  laneGap: number;
  /** Least height of the channels above the first and below the last row. */
  edgeGap: number;
  /** Distance between parallel arrows in a channel. */
  trackGap: number;
  /** Arrows keep this far from the boxes on either side of a channel (room for the arrowhead). */
  channelMargin: number;
  /** Distance between arrow ends on one side of a box. */
  portGap: number;
  /** Columns used before a lane wraps into a second row. */
  maxColumns: number;
  minColumns: number;
  /**
   * Manual positions are stored lane-relative on a slot grid: mapX = column × slotWidth and
   * mapY = row-in-lane × slotHeight, the top-left corner of the box as if every channel had its least width.
   * The layout snaps a stored position to the nearest slot, so a box stays in the lane and slot the user chose
   * even when other lanes grow or channels widen.
   */
  slotWidth: number;
  slotHeight: number;
  /** Title text inside a box. */
  fontSize: number;
  lineHeight: number;
  maxTitleLines: number;
  /** Horizontal padding inside a box. */
  boxPadding: number;
  laneFontSize: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface LaneLayout {
  perspectiveId: number;
  name: string;
  index: number;
  y: number;
  height: number;
  /** Global index of the lane's first row, and how many rows it has. */
  firstRow: number;
  rows: number;
  /** The name wrapped into the title column. */
  titleLines: string[];
}

export interface BoxLayout {
  objectiveId: number;
  perspectiveId: number;
  x: number;
  y: number;
  width: number;
  height: number;
  column: number;
  /** Row within the lane. */
  row: number;
  /** Row counted over the whole map. */
  globalRow: number;
  /** The slot as stored in Objective.mapX / mapY. */
  mapX: number;
  mapY: number;
  /** True when the box sits where the user put it. */
  manual: boolean;
  themeId: number | null;
  /** The title wrapped to fit the box. */
  lines: string[];
}

/** How an arrow runs: straight, with one jog in a channel, through a vertical channel, or sideways. */
export type RouteKind = 'straight' | 'jog' | 'channel' | 'side' | 'over';

export interface EdgeLayout {
  linkId: number;
  fromObjectiveId: number;
  toObjectiveId: number;
  kind: RouteKind;
  /** Orthogonal polyline from the source box's edge to the target box's edge (the arrowhead's tip). */
  points: Point[];
}

export interface MapLayout {
  width: number;
  height: number;
  columns: number;
  metrics: MapMetrics;
  lanes: LaneLayout[];
  boxes: BoxLayout[];
  edges: EdgeLayout[];
  /** Left x of each column and top y of each global row. */
  columnX: number[];
  rowY: number[];
  /** Links left out because an end is missing (an objective of another scorecard, say). */
  skippedLinkIds: number[];
}
