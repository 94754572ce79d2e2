import { useId, type CSSProperties } from "react";
import { buildFlowchart, paginateFlowchart, type FlowEdge, type FlowNode, type FlowStepInput, type Flowchart } from "@/lib/sops/flowchart";
import styles from "./swimlane-flowchart.module.css";

export type SwimlaneFlowchartProps = {
  /** Pelaksana in table order (one lane each). */
  actors: string[];
  steps: FlowStepInput[];
  /** Accessible name of the diagram, e.g. the SOP title. */
  title: string;
  className?: string;
};

/** Scale below which the chart would be unreadable; the container scrolls instead. */
const MIN_SCALE = 0.8;

function pathOf(edge: FlowEdge): string {
  return edge.points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ");
}

function NodeText({ node, className }: { node: FlowNode; className: string }) {
  return (
    <text className={className} textAnchor="middle">
      {node.lines.map((line, i) => (
        <tspan key={i} x={node.textX} y={node.lineY[i]}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function nodeTooltip(node: FlowNode, laneLabel: string): string {
  if (node.kind === "start" || node.kind === "end") return node.text;
  if (node.kind === "connector") return `Penghubung antarhalaman: ${node.text.replace("\n", ", ")}`;
  const no = node.stepLabel !== null ? `Langkah ${node.stepLabel}` : "Langkah";
  const who =
    node.confidence === "certain"
      ? laneLabel
      : node.confidence === "inferred"
        ? `${laneLabel} (disimpulkan dari teks)`
        : "pelaksana belum diketahui";
  const kind = node.kind === "decision" ? " — keputusan" : "";
  const back = node.offPageReturn ? ` Tidak: kembali ke langkah ${node.offPageReturn} (halaman sebelumnya).` : "";
  return `${no}${kind} (${who}): ${node.text}${back}`;
}

function FlowNodeShape({ node, laneLabel }: { node: FlowNode; laneLabel: string }) {
  const { x, y, width: w, height: h } = node;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const dashed = node.confidence === "inferred";
  const unknown = node.confidence === "unknown";
  const shapeClass = [
    styles.shape,
    node.kind === "decision" ? styles.decision : "",
    dashed ? styles.inferred : "",
    unknown ? styles.unknown : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <g
      className={styles.node}
      data-kind={node.kind}
      data-lane={node.lane}
      data-step={node.stepLabel ?? undefined}
      data-confidence={node.confidence ?? undefined}
    >
      <title>{nodeTooltip(node, laneLabel)}</title>
      {node.kind === "connector" ? (
        <>
          <polygon
            className={styles.connector}
            points={`${x},${y} ${x + w},${y} ${x + w},${y + h * 0.7} ${cx},${y + h} ${x},${y + h * 0.7}`}
          />
          <NodeText node={node} className={styles.connectorText} />
        </>
      ) : node.kind === "start" || node.kind === "end" ? (
        <>
          <rect className={styles.terminator} x={x} y={y} width={w} height={h} rx={h / 2} ry={h / 2} />
          <text className={styles.terminatorText} x={cx} y={node.lineY[0]} textAnchor="middle">
            {node.text}
          </text>
        </>
      ) : node.kind === "decision" ? (
        <>
          <polygon className={shapeClass} points={`${cx},${y} ${x + w},${cy} ${cx},${y + h} ${x},${cy}`} />
          {node.stepLabel !== null && (
            <>
              <circle className={styles.badge} cx={x + 14} cy={y + 12} r={node.stepLabel.length > 2 ? 11 : 8.5} />
              <text className={styles.number} x={x + 14} y={y + 15.5} textAnchor="middle" fontSize={node.stepLabel.length > 2 ? 7 : undefined}>
                {node.stepLabel}
              </text>
            </>
          )}
          <NodeText node={node} className={styles.text} />
          {node.offPageReturn && (
            <text className={styles.labelNo} x={cx + 6} y={y - 4} textAnchor="start" fontSize={8}>
              Tidak: ke langkah {node.offPageReturn}
            </text>
          )}
        </>
      ) : (
        <>
          <rect className={shapeClass} x={x} y={y} width={w} height={h} rx={3} ry={3} />
          <line className={styles.strip} x1={x + 18} y1={y} x2={x + 18} y2={y + h} />
          <text
            className={styles.number}
            x={x + 9}
            y={cy + 3.5}
            textAnchor="middle"
            fontSize={(node.stepLabel?.length ?? 0) > 2 ? 7 : undefined}
            transform={(node.stepLabel?.length ?? 0) > 3 ? `rotate(-90 ${x + 9} ${cy})` : undefined}
          >
            {node.stepLabel ?? "·"}
          </text>
          <NodeText node={node} className={styles.text} />
        </>
      )}
    </g>
  );
}

/** One page of the chart as an SVG. */
function FlowchartSvg({ chart, title, uid, testId = "swimlane" }: { chart: Flowchart; title: string; uid: string; testId?: string }) {
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const arrowId = `${uid}-arrow`;
  const returnArrowId = `${uid}-arrow-return`;
  const actorCount = chart.lanes.filter((l) => !l.unknown).length;
  const unknownCount = chart.nodes.filter((n) => n.confidence === "unknown").length;

  const description = [
    `Diagram alir: ${chart.stepCount} langkah, ${actorCount} pelaksana`,
    chart.decisionCount > 0 ? `${chart.decisionCount} keputusan` : null,
    unknownCount > 0 ? `${unknownCount} langkah tanpa pelaksana yang diketahui` : null,
  ]
    .filter(Boolean)
    .join(", ");

  const style = {
    "--swimlane-aspect": (chart.width / chart.height).toFixed(4),
    "--swimlane-min-width": `${Math.round(chart.width * MIN_SCALE)}px`,
  } as CSSProperties;
  const m = chart.metrics;
  const bottomOfLanes = chart.height;

  return (
      // Focusable and named: a box that scrolls sideways must be reachable by keyboard.
      <div className={styles.scroller} tabIndex={0} role="region" aria-label="Diagram alir">
        <svg
          className={styles.svg}
          style={style}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          width="100%"
          preserveAspectRatio="xMidYMin meet"
          data-testid={testId}
          data-steps={chart.stepCount}
          data-actors={actorCount}
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          <defs>
            {[
              { id: arrowId, className: styles.arrowhead },
              { id: returnArrowId, className: styles.returnArrowhead },
            ].map((marker) => (
              <marker
                key={marker.id}
                id={marker.id}
                className={marker.className}
                viewBox="0 0 10 10"
                refX={10}
                refY={5}
                markerWidth={8}
                markerHeight={8}
                markerUnits="userSpaceOnUse"
                orient="auto-start-reverse"
              >
                <path d="M0 0 L10 5 L0 10 z" />
              </marker>
            ))}
          </defs>

          <g className={styles.lanes}>
            {chart.lanes.map((lane) => (
              <g key={lane.index} data-lane-label={lane.label}>
                <rect
                  className={lane.index % 2 === 0 ? styles.laneBody : styles.laneBodyAlt}
                  x={lane.x}
                  y={m.headerHeight}
                  width={lane.width}
                  height={bottomOfLanes - m.headerHeight}
                />
                <rect
                  className={lane.unknown ? styles.laneHeaderUnknown : styles.laneHeader}
                  x={lane.x}
                  y={0}
                  width={lane.width}
                  height={m.headerHeight}
                />
                <text className={lane.unknown ? styles.laneTitleUnknown : styles.laneTitle} textAnchor="middle">
                  <title>{lane.label}</title>
                  {lane.headerLines.map((line, i) => (
                    <tspan
                      key={i}
                      x={lane.x + lane.width / 2}
                      y={
                        m.headerHeight / 2 -
                        ((lane.headerLines.length - 1) * m.headerLineHeight) / 2 +
                        m.headerFontSize * 0.35 +
                        i * m.headerLineHeight
                      }
                    >
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            ))}
            {chart.lanes.map((lane) => (
              <line
                key={`sep-${lane.index}`}
                className={styles.separator}
                x1={lane.x}
                y1={0}
                x2={lane.x}
                y2={bottomOfLanes}
              />
            ))}
            {chart.lanes.length > 0 && (
              <>
                <line
                  className={styles.separator}
                  x1={chart.lanes[chart.lanes.length - 1].x + chart.lanes[chart.lanes.length - 1].width}
                  y1={0}
                  x2={chart.lanes[chart.lanes.length - 1].x + chart.lanes[chart.lanes.length - 1].width}
                  y2={bottomOfLanes}
                />
                <line
                  className={styles.headerRule}
                  x1={chart.lanes[0].x}
                  y1={m.headerHeight}
                  x2={chart.lanes[chart.lanes.length - 1].x + chart.lanes[chart.lanes.length - 1].width}
                  y2={m.headerHeight}
                />
              </>
            )}
          </g>

          <g className={styles.nodes}>
            {chart.nodes.map((node) => (
              <FlowNodeShape key={node.id} node={node} laneLabel={chart.lanes[node.lane]?.label ?? ""} />
            ))}
          </g>

          <g className={styles.edges}>
            {chart.edges.map((edge) => (
              <path
                key={edge.id}
                className={edge.kind === "return" ? styles.returnEdge : styles.edge}
                d={pathOf(edge)}
                markerEnd={`url(#${edge.kind === "return" ? returnArrowId : arrowId})`}
                data-edge={edge.kind}
                data-from={edge.from}
                data-to={edge.to}
              />
            ))}
            {chart.edges.map((edge) =>
              edge.label ? (
                <text
                  key={`${edge.id}-label`}
                  className={edge.label.text === "Tidak" ? styles.labelNo : styles.labelYes}
                  x={edge.label.x}
                  y={edge.label.y}
                  textAnchor={edge.label.anchor}
                  fontSize={m.labelFontSize}
                >
                  {edge.label.text}
                </text>
              ) : null,
            )}
          </g>
        </svg>
      </div>
  );
}

/**
 * Swimlane flowchart of an SOP AP, drawn as inline SVG (server-compatible, no client JavaScript).
 * Lanes are the Pelaksana; each step is a box in its actor's lane, a diamond where the step can
 * return the work ("Ya" goes on, "Tidak" goes back). Dashed borders mark actors inferred from the
 * text; steps without a known actor sit in the "Belum diketahui" lane. A long chart continues over
 * pages (by step ranges, each page with the lanes it uses) joined by off-page connectors, as in the
 * official format, so it prints readably instead of shrinking.
 */
export function SwimlaneFlowchart({ actors, steps, title, className }: SwimlaneFlowchartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const whole = buildFlowchart({ actors, steps });
  const pages = paginateFlowchart({ actors, steps });
  const paged = pages.length > 1;
  const inferredCount = whole.nodes.filter((n) => n.confidence === "inferred").length;
  const hasUnknown = whole.unknownLane !== null;
  const stepLabel = (i: number) => whole.nodes.find((n) => n.stepIndex === i)?.stepLabel ?? String(i + 1);

  return (
    <figure className={[styles.figure, className].filter(Boolean).join(" ")} data-pages={pages.length}>
      {/* On screen the whole chart (it scrolls sideways when wide); in print, when it is long or
          wide, its pages instead. */}
      <div className={paged ? styles.screenChart : undefined}>
        <FlowchartSvg chart={whole} title={title} uid={uid} />
      </div>
      {paged && (
        <div className={styles.printPages}>
          {pages.map((page) => (
            <section key={page.pageNo} className={styles.page} aria-label={`Diagram alir halaman ${page.pageNo}`}>
              <p className={styles.pageHeading}>
                Diagram alir, halaman {page.pageNo} dari {page.pageCount} · langkah {stepLabel(page.from)}–{stepLabel(page.to - 1)}
              </p>
              <FlowchartSvg
                chart={page.chart}
                title={`${title}, halaman ${page.pageNo} dari ${page.pageCount}`}
                uid={`${uid}-p${page.pageNo}`}
                testId="swimlane-page"
              />
            </section>
          ))}
        </div>
      )}
      <figcaption className={styles.legend}>
        <span className={styles.legendItem}>
          <svg className={styles.legendSwatch} viewBox="0 0 28 16" aria-hidden="true">
            <rect className={styles.shape} x={1} y={2} width={26} height={12} rx={2} />
          </svg>
          garis utuh = pelaksana pasti (kolom Mulai/Selesai)
        </span>
        <span className={styles.legendItem}>
          <svg className={styles.legendSwatch} viewBox="0 0 28 16" aria-hidden="true">
            <rect className={`${styles.shape} ${styles.inferred}`} x={1} y={2} width={26} height={12} rx={2} />
          </svg>
          garis putus-putus = pelaksana disimpulkan dari teks{inferredCount === 0 ? "" : ` (${inferredCount} langkah)`}
        </span>
        <span className={styles.legendItem}>
          <svg className={styles.legendSwatch} viewBox="0 0 28 16" aria-hidden="true">
            <polygon className={styles.shape} points="14,1 27,8 14,15 1,8" />
          </svg>
          belah ketupat = keputusan (Ya lanjut, Tidak kembali)
        </span>
        {paged && (
          <span className={`${styles.legendItem} ${styles.printOnlyItem}`}>
            <svg className={styles.legendSwatch} viewBox="0 0 28 16" aria-hidden="true">
              <polygon className={styles.connector} points="4,1 24,1 24,10 14,15 4,10" />
            </svg>
            segi lima = penghubung ke/dari halaman lain
          </span>
        )}
        {hasUnknown && (
          <span className={styles.legendItem}>
            <svg className={styles.legendSwatch} viewBox="0 0 28 16" aria-hidden="true">
              <rect className={`${styles.shape} ${styles.unknown}`} x={1} y={2} width={26} height={12} rx={2} />
            </svg>
            lajur “Belum diketahui” = pelaksana tidak dapat ditentukan dari teks
          </span>
        )}
      </figcaption>
    </figure>
  );
}
