import { chartSvg, CHART_SIZE } from '../report/chart';
import { renderDocx } from '../report/docx';
import { renderHtml } from '../report/html';
import type { ReportModel } from '../report/model';
import { DOWNLOAD_LABELS } from './labels';
import type { Download } from './page';

const REPORT_FILE_STEM = '考核报告';

/**
 * The .docx and .html of a report, made in the task pane, as the downloads it offers (考核报告-<date>.docx, .html). Loaded on first use (a separate chunk: ECharts and docx are
 * most of its weight), so the pane itself starts as small as before. The chart's PNG for the .docx is drawn by the
 * browser's own canvas from the same SVG, where the CLI uses resvg.
 */
export async function reportFiles(model: ReportModel): Promise<Download[]> {
  const svg = chartSvg(model);
  const png = await svgToPng(svg).catch(() => null);
  const docx = await renderDocx(model, png);
  const name = (ext: string) => `${REPORT_FILE_STEM}-${model.date}.${ext}`;
  return [
    {
      blob: new Blob([docx as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
      name: name('docx'),
      label: DOWNLOAD_LABELS.docx,
    },
    { blob: new Blob([renderHtml(model, svg)], { type: 'text/html;charset=utf-8' }), name: name('html'), label: DOWNLOAD_LABELS.html },
  ];
}

async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('chart image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = CHART_SIZE.width * scale;
    canvas.height = CHART_SIZE.height * scale;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('chart image');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
