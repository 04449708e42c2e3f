// Prints a benchmark figure beside its DESIGN.md §7 budget.
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The budget and which way is good. */
  budget: { max?: number; min?: number };
  note?: string;
}

export function report(f: Figure): void {
  const within = (f.budget.max === undefined || f.value <= f.budget.max) && (f.budget.min === undefined || f.value >= f.budget.min);
  const budget = f.budget.max !== undefined ? `≤ ${f.budget.max} ${f.unit}` : `≥ ${f.budget.min} ${f.unit}`;
  const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(f.value < 10 ? 2 : 1);
  process.stdout.write(
    `${within ? 'within' : 'OVER  '}  ${f.name.padEnd(52)} ${`${value} ${f.unit}`.padStart(14)}   budget ${budget}${f.note ? `   (${f.note})` : ''}\n`,
  );
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
