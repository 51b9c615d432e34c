/**
 * A horizontal bar chart drawn as inline SVG: one bar per member in the order given, the figure written at
 * the end of each bar as a Vietnamese document writes it. Negative figures grow left from the zero line.
 * Screen readers get the whole chart as one sentence.
 */
import { useId } from 'react';

export interface Bar {
  key: number;
  label: string;
  value: number;
}

interface Props {
  title: string;
  bars: Bar[];
  format: (value: number) => string;
}

const width = 520;
const labelWidth = 96;
const valueRoom = 64;
const rowHeight = 24;
const barHeight = 15;
const top = 4;

export function BarChart({ title, bars, format }: Props) {
  const titleId = useId();
  const values = bars.map((b) => b.value);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const plotLeft = labelWidth + (low < 0 ? valueRoom : 0);
  const plotWidth = width - plotLeft - valueRoom;
  const x = (v: number) => plotLeft + ((v - low) / span) * plotWidth;
  const zero = x(0);
  const height = top * 2 + bars.length * rowHeight;
  const summary = bars.map((b) => `${b.label} ${format(b.value)}`).join('; ');

  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width, display: 'block', fontFamily: 'inherit' }}
    >
      <title id={titleId}>{`${title}: ${summary}`}</title>
      <line x1={zero} x2={zero} y1={0} y2={height} stroke="#8c8c8c" strokeWidth={1} />
      {bars.map((bar, i) => {
        const y = top + i * rowHeight;
        const end = x(bar.value);
        const negative = bar.value < 0;
        return (
          <g key={bar.key} data-testid="chart-bar">
            <text
              x={labelWidth - 8}
              y={y + rowHeight / 2}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={13}
            >
              {bar.label}
            </text>
            <rect
              x={Math.min(zero, end)}
              y={y + (rowHeight - barHeight) / 2}
              width={Math.max(Math.abs(end - zero), 1)}
              height={barHeight}
              rx={2}
              fill="#4a7fc1"
            />
            <text
              x={negative ? end - 6 : end + 6}
              y={y + rowHeight / 2}
              textAnchor={negative ? 'end' : 'start'}
              dominantBaseline="middle"
              fontSize={13}
              fontWeight={600}
            >
              {format(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
