import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface CapacityBar {
  label: string;
  occupied: number;
  free: number;
}

/** Beds occupied and free per unit, stacked; the table next to it carries the same figures for screen readers. */
export function CapacityChart({ bars, title, occupiedLabel, freeLabel }: { bars: CapacityBar[]; title: string; occupiedLabel: string; freeLabel: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.current?.destroy();
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data.labels = bars.map((b) => b.label);
    c.data.datasets = [
      { label: occupiedLabel, data: bars.map((b) => b.occupied), backgroundColor: '#c2410c' },
      { label: freeLabel, data: bars.map((b) => b.free), backgroundColor: '#15803d' },
    ];
    c.update();
  }, [bars, occupiedLabel, freeLabel]);

  return (
    <div className="chart" style={{ height: `${Math.max(160, bars.length * 34 + 60)}px` }}>
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
