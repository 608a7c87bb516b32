import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface EpidemiologyPoint {
  label: string;
  /** null: withheld (suppressed), or derived from a withheld count. */
  count: number | null;
  suppressed: boolean;
  average: number | null;
}

/**
 * Daily counts (bars) and the 7-day average (line) of one series. A withheld day draws no bar (never a
 * zero) and a grey cross on the axis named in the legend; the table next to it has the same figures.
 */
export function EpidemiologyChart({ points, title, labels }: { points: EpidemiologyPoint[]; title: string; labels: { count: string; average: string; suppressed: string } }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { maxRotation: 0, autoSkip: true } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.current?.destroy();
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data.labels = points.map((p) => p.label);
    c.data.datasets = [
      { type: 'bar', label: labels.count, data: points.map((p) => (p.suppressed ? null : p.count)), backgroundColor: '#1d4ed8', order: 2 },
      { type: 'line', label: labels.average, data: points.map((p) => p.average), borderColor: '#c2410c', backgroundColor: '#c2410c', pointRadius: 0, spanGaps: false, order: 1 },
      {
        type: 'line',
        label: labels.suppressed,
        data: points.map((p) => (p.suppressed ? 0 : null)),
        showLine: false,
        pointStyle: 'crossRot',
        pointRadius: 6,
        borderColor: '#6b7280',
        backgroundColor: '#6b7280',
        order: 0,
      },
    ];
    c.update();
  }, [points, labels]);

  return (
    <div className="chart" style={{ height: '240px' }}>
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
