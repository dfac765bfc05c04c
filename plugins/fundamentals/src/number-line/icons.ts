const SVG_NS = 'http://www.w3.org/2000/svg';

/** Path data of each icon, drawn on a 24 x 24 grid. */
const ICON_PATHS = {
  play: ['M8 5v14l11-7z'],
  speaker: [
    'M3 9v6h4l5 5V4L7 9H3z',
    'M16.5 12A4.5 4.5 0 0 0 14 7.97v8.05A4.48 4.48 0 0 0 16.5 12z',
    'M14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23z',
  ],
  again: ['M12 5V1L7 6l5 5V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z'],
  done: ['M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z'],
  star: [
    'M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z',
  ],
} as const;

/** Name of an icon of the number line. */
export type IconName = keyof typeof ICON_PATHS;

/** Creates an SVG icon hidden from screen readers, since its button carries the label. */
export function createIcon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const data of ICON_PATHS[name]) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', data);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
  }
  return svg;
}
