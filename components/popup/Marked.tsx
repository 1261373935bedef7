// Text with its search matches wrapped in <mark>. Built from text runs (splitMarks), so page
// and reader text is only ever rendered as text nodes, never parsed as HTML.
import { splitMarks } from '@/utils/search/rank';

export interface MarkedProps {
  text: string;
  ranges?: ReadonlyArray<readonly [number, number]>;
}

/** Renders `text` with the `[start, end)` ranges marked. */
export function Marked({ text, ranges }: MarkedProps) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return <>{splitMarks(text, ranges).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : run.text))}</>;
}
