import { TARGET_NAMES, type TargetName } from './target.ts';

/** One row of the results: a figure measured for some or all of the servers. */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  /** The figure the issue works toward, as text; shown, never used to tune anything. */
  goal?: string;
  values: Partial<Record<TargetName, number>>;
}

const format = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '–' : Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);

/** Tavla's value over another server's, when both exist and the other is not zero. */
export function ratio(figure: Figure, other: TargetName): number | undefined {
  const tavla = figure.values.tavla;
  const base = figure.values[other];
  return tavla === undefined || base === undefined || base === 0 ? undefined : tavla / base;
}

/** The results as one markdown table: each figure for each server, and the ratios Tavla/floor and Tavla/Hocuspocus. */
export function renderTable(figures: readonly Figure[]): string {
  const header = ['figure', 'unit', ...TARGET_NAMES, 'tavla/floor', 'tavla/hocuspocus', 'goal'];
  const rows = figures.map((figure) => [
    figure.label,
    figure.unit,
    ...TARGET_NAMES.map((name) => format(figure.values[name])),
    format(ratio(figure, 'floor')),
    format(ratio(figure, 'hocuspocus')),
    figure.goal ?? '',
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i < 2 || i === header.length - 1 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
