/**
 * One chart of counts, averages or percentages, drawn with recharts, with its data table.
 *
 * - Every value comes in as a suppression cell (shared/suppression.ts). A suppressed cell is never
 *   drawn to scale: a line has a gap there and a bar has no height; a fixed-size hatched marker sits
 *   on the baseline instead, labelled "<N" in the chart and "fewer than N" in the table and tooltip.
 * - The chart is an image to assistive technology (role="img" with a summary); the same numbers are
 *   in a table behind a visible "Show as table" button (always shown in print).
 * - Animations are off: the chart is drawn in its first frame (and prints).
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { chartPoint, type ChartSeries } from '@shared/suppression';
import './trends.css';

export const SERIES_COLOURS = ['#1f5f5b', '#b45309', '#6d28d9', '#be123c', '#0369a1', '#4d7c0f', '#57534e'];

export interface ChartMarks {
  span: { from: string; to: string; label: string } | null;
  lines: { category: string; n: number; title: string }[];
}

export interface TrendChartProps {
  title: string;
  kind: 'line' | 'bar';
  /** Header of the table's first column, e.g. "Teaching week". */
  categoryLabel: string;
  categories: string[];
  /** Longer names for the table's rows (e.g. "Autumn week 3, w/c 21 September 2026"). */
  categoryNames?: string[];
  series: ChartSeries[];
  /** What the numbers are, e.g. "Visits" or "% answering of concern". */
  valueLabel: string;
  /** What the chart shows, in a sentence, for screen readers. */
  summary: string;
  threshold: number;
  marks?: ChartMarks;
  /** Extra table columns (e.g. "Weeks recorded"). */
  extraColumns?: { header: string; values: string[] }[];
  /** Fixed size for print: no resizing, table always shown. */
  print?: { width: number; height: number };
  percent?: boolean;
  headingLevel?: 2 | 3;
  children?: ReactNode;
  /** Called once the chart has drawn (or at once if there is nothing to draw), e.g. to render what comes after it. */
  onDrawn?: () => void;
}

type Row = Record<string, string | number | boolean | null>;

const MARKER = '__marker';
const SUPPRESSED = '__suppressed';
const TEXT = '__text';

export function TrendChart(props: TrendChartProps) {
  const { title, kind, categories, series, threshold, marks, print, percent } = props;
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [showTable, setShowTable] = useState(false);
  // Kept while the chart's data is the same: recharts then has nothing new to work out on a re-render.
  const rows: Row[] = useMemo(
    () =>
      categories.map((category, i) => {
        const row: Row = { category };
        for (const s of series) {
          const point = chartPoint(s.cells[i] ?? null);
          row[s.key + TEXT] = point.text;
          if (point.suppressed) {
            row[s.key + SUPPRESSED] = true;
            // A bar needs a number to call its shape (which draws the marker); 0 says nothing about the true count.
            row[s.key] = kind === 'bar' ? 0 : null;
            row[s.key + MARKER] = 0;
          } else row[s.key] = point.value;
        }
        return row;
      }),
    [categories, series, kind],
  );
  const anySuppressed = rows.some((r) => series.some((s) => r[s.key + SUPPRESSED]));
  const anyProtecting = rows.some((r) => series.some((s) => r[s.key + SUPPRESSED] && !String(r[s.key + TEXT]).startsWith('fewer')));
  const hasData = rows.some((r) => series.some((s) => r[s.key] !== null && r[s.key] !== undefined) || series.some((s) => r[s.key + SUPPRESSED]));
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const canvas = useRef<HTMLDivElement>(null);
  const { onDrawn } = props;
  // The tooltip (for pointer users; the table says the same) joins once the chart is drawn, so the
  // first drawing has less to do.
  const [tooltip, setTooltip] = useState(false);
  useEffect(() => {
    if (!onDrawn) {
      setTooltip(true);
      return;
    }
    const drawn = () => canvas.current?.querySelector('.recharts-line-curve, .recharts-bar-rectangle, .trend-chart__suppressed') != null;
    const reportDrawn = () => {
      // After the frame that shows the chart has been painted.
      requestAnimationFrame(() => setTimeout(() => setTooltip(true), 0));
      onDrawn();
    };
    if (!hasData || drawn()) return reportDrawn();
    // recharts draws over a few passes; report when the marks are in the document (or after a second, whatever happens).
    const observer = new MutationObserver(() => {
      if (drawn()) {
        observer.disconnect();
        clearTimeout(fallback);
        reportDrawn();
      }
    });
    const fallback = window.setTimeout(() => {
      observer.disconnect();
      reportDrawn();
    }, 1_000);
    if (canvas.current) observer.observe(canvas.current, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      clearTimeout(fallback);
    };
  }, [onDrawn, hasData]);
  const tableId = `${id}-table`;

  const chart = (width?: number, height?: number) => (
    <ComposedChart data={rows} {...(width ? { width, height } : {})} accessibilityLayer={false} margin={{ top: 18, right: 16, bottom: 4, left: 0 }}>
      <CartesianGrid stroke="#e4e8e6" vertical={false} />
      {/* Many short labels (weeks): a fixed interval, so recharts need not measure each. A few long ones (terms): let it fit them. */}
      {/* Plain SVG ticks: recharts' own tick text measures every word to wrap it, which costs a layout per label. */}
      <XAxis dataKey="category" tick={<AxisTick axis="x" />} interval={categories.length > 12 ? tickInterval(categories.length, print?.width) : 'preserveStartEnd'} minTickGap={6} />
      <YAxis tick={<AxisTick axis="y" suffix={percent ? '%' : ''} />} interval={0} allowDecimals={kind === 'line' ? false : true} width={40} domain={percent ? [0, 100] : [0, 'auto']} />
      {print || !tooltip ? null : <Tooltip content={<ChartTooltip series={series} />} isAnimationActive={false} />}
      {marks?.span ? <ReferenceArea x1={marks.span.from} x2={marks.span.to} fill="#e3f0ec" fillOpacity={0.8} ifOverflow="visible" label={{ value: marks.span.label, position: 'insideTop', fontSize: 12, fill: '#174744' }} /> : null}
      {markGroups(marks).map((group) => (
        <ReferenceLine key={group.category} x={group.category} stroke="#174744" strokeDasharray="4 3" label={{ value: group.label, position: 'top', fontSize: 11, fill: '#174744' }} />
      ))}
      {series.map((s, i) => {
        const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
        return kind === 'bar' ? (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={colour} isAnimationActive={false} shape={(shape: BarShapeProps) => <BarShape {...shape} seriesKey={s.key} colour={colour} hatch={`${id}-hatch`} threshold={threshold} />} />
        ) : (
          <Line key={s.key} dataKey={s.key} name={s.label} stroke={colour} strokeWidth={2.5} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} type="linear" />
        );
      })}
      {kind === 'line'
        ? series.map((s, i) =>
            !rows.some((r) => r[s.key + SUPPRESSED]) ? null : (
            <Scatter key={`${s.key}-marker`} dataKey={s.key + MARKER} name={`${s.label} (fewer than ${threshold})`} legendType="none" isAnimationActive={false} shape={(p: MarkerProps) => <LineMarker {...p} offset={i} hatch={`${id}-hatch`} />} />
            ),
          )
        : null}
    </ComposedChart>
  );

  return (
    <figure className={`trend-chart${print ? ' trend-chart--print' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="trend-chart__head">
        <Heading id={`${id}-title`}>{title}</Heading>
        {print ? null : (
          <button type="button" className="button button--secondary button--small" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
            {showTable ? 'Hide table' : 'Show as table'}
          </button>
        )}
      </div>
      {props.children}
      {hasData ? (
        <div className="trend-chart__canvas" role="img" aria-label={props.summary} ref={canvas}>
          <svg width="0" height="0" className="trend-chart__defs" aria-hidden="true" focusable="false">
            <defs>
              <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#4a5552" strokeWidth="2.5" />
              </pattern>
            </defs>
          </svg>
          {print ? (
            chart(print.width, print.height)
          ) : (
            <ResponsiveContainer width="100%" height={280} initialDimension={{ width: 640, height: 280 }}>
              {chart()}
            </ResponsiveContainer>
          )}
        </div>
      ) : (
        <p className="trend-chart__empty">Nothing recorded for this selection yet.</p>
      )}
      {series.length > 1 && hasData ? (
        <ul className="trend-chart__legend" aria-label="Key">
          {series.map((s, i) => (
            <li key={s.key}>
              {/* An SVG fill, not an inline style: printed documents run under style-src 'self'. */}
              <svg className="trend-chart__key" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                <rect width="10" height="10" rx="2" fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      {anySuppressed ? (
        <p className="trend-chart__note">
          <span className="trend-chart__swatch" aria-hidden="true" /> Hatched marks: fewer than {threshold}
          {anyProtecting ? ', or hidden so that a smaller number cannot be worked out' : ''}, so no pupil can be identified.
        </p>
      ) : null}
      {marks && marks.lines.length > 0 ? (
        <ol className="trend-chart__marks" aria-label="Campaign activities marked on the chart">
          {marks.lines.map((line) => (
            <li key={`${line.category}-${line.n}`} value={line.n}>
              {line.title} ({line.category})
            </li>
          ))}
        </ol>
      ) : null}
      <div id={tableId} hidden={!print && !showTable} className="trend-chart__table" tabIndex={print ? undefined : 0} role="region" aria-label={`${title}: table`}>
        <table className="data-table">
          <caption className="visually-hidden">{title}: the numbers behind the chart</caption>
          <thead>
            <tr>
              <th scope="col">{props.categoryLabel}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {series.length === 1 ? props.valueLabel : `${s.label}`}
                </th>
              ))}
              {props.extraColumns?.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={String(row['category'])}>
                <th scope="row">{props.categoryNames?.[i] ?? String(row['category'])}</th>
                {series.map((s) => (
                  <td key={s.key}>{String(row[s.key + TEXT])}</td>
                ))}
                {props.extraColumns?.map((c) => (
                  <td key={c.header}>{c.values[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Show every label up to about a dozen (more at print width's share), then every second, third… */
function tickInterval(count: number, width = 900): number {
  const fits = Math.max(6, Math.floor(width / 56));
  return count <= fits ? 0 : Math.ceil(count / fits) - 1;
}

/** One reference line per week, labelled with the activities' numbers in it: "3", "3–5", "3, 6". */
function markGroups(marks: ChartMarks | undefined): { category: string; label: string }[] {
  const byWeek = new Map<string, number[]>();
  for (const line of marks?.lines ?? []) (byWeek.get(line.category) ?? byWeek.set(line.category, []).get(line.category)!).push(line.n);
  return [...byWeek.entries()].map(([category, ns]) => {
    const consecutive = ns.every((n, i) => i === 0 || n === ns[i - 1]! + 1);
    return { category, label: ns.length === 1 ? String(ns[0]) : consecutive ? `${ns[0]}–${ns[ns.length - 1]}` : ns.join(', ') };
  });
}

interface AxisTickProps {
  x?: number;
  y?: number;
  payload?: { value?: string | number };
  axis: 'x' | 'y';
  suffix?: string;
}

function AxisTick({ x = 0, y = 0, payload, axis, suffix = '' }: AxisTickProps) {
  const value = `${payload?.value ?? ''}${suffix}`;
  return axis === 'x' ? (
    <text x={x} y={y + 12} textAnchor="middle" fontSize={12} fill="#4a5552">
      {value}
    </text>
  ) : (
    <text x={x - 4} y={y + 4} textAnchor="end" fontSize={12} fill="#4a5552">
      {value}
    </text>
  );
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
}

/** A normal bar, or (suppressed) a fixed-height hatched block on the baseline labelled "<N". */
function BarShape({ x = 0, y = 0, width = 0, height = 0, payload, seriesKey, colour, hatch, threshold }: BarShapeProps & { seriesKey: string; colour: string; hatch: string; threshold: number }) {
  if (payload?.[seriesKey + SUPPRESSED]) {
    const baseline = y + height;
    return (
      <g className="trend-chart__suppressed">
        <rect x={x} y={baseline - 14} width={width} height={14} fill={`url(#${hatch})`} stroke="#4a5552" strokeWidth={1} />
        <text x={x + width / 2} y={baseline - 18} textAnchor="middle" fontSize={11} fill="#1c2321">
          {String(payload[seriesKey + TEXT] ?? '').startsWith('fewer') ? `<${threshold}` : '–'}
        </text>
      </g>
    );
  }
  if (height <= 0) return <g />;
  return <rect x={x} y={y} width={width} height={height} fill={colour} />;
}

interface MarkerProps {
  cx?: number;
  cy?: number;
}

function LineMarker({ cx, cy, offset, hatch }: MarkerProps & { offset: number; hatch: string }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g />;
  const size = 10;
  return <rect x={cx - size / 2} y={cy - size - offset * 3} width={size} height={size} fill={`url(#${hatch})`} stroke="#4a5552" strokeWidth={1} className="trend-chart__suppressed" />;
}

interface TooltipProps {
  active?: boolean;
  label?: string | number;
  series: ChartSeries[];
  payload?: { payload?: Row }[];
}

function ChartTooltip({ active, label, payload, series }: TooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="trend-chart__tooltip">
      <strong>{label}</strong>
      {series.map((s) => (
        <div key={s.key}>
          {series.length > 1 ? `${s.label}: ` : ''}
          {String(row[s.key + TEXT])}
        </div>
      ))}
    </div>
  );
}
