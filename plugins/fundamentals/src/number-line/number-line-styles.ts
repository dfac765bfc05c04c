/** Styles of the number line screen; sizes are CSS pixels. */
export const NUMBER_LINE_CSS = `
:root { color-scheme: light; }
body { margin: 0; font-family: system-ui, sans-serif; background: #fffaf0; color: #1f2937; }
[hidden] { display: none !important; }
.nl-root {
  display: flex; flex-direction: column; align-items: center; gap: 24px;
  padding: 24px 16px; box-sizing: border-box; min-height: 480px;
  user-select: none; -webkit-user-select: none; touch-action: manipulation;
}
.nl-game { display: flex; flex-direction: column; align-items: center; gap: 24px; width: 100%; }
.nl-visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.nl-icon-button {
  width: 112px; height: 112px; border-radius: 50%; border: none; padding: 0;
  background: #ffd54f; color: #1f2937; display: grid; place-items: center; cursor: pointer;
}
.nl-icon-button svg { width: 64px; height: 64px; }
.nl-icon-button.nl-large { width: 176px; height: 176px; }
.nl-icon-button.nl-large svg { width: 112px; height: 112px; }
.nl-icon-button:focus-visible, .nl-band:focus-visible { outline: 4px solid #1d4ed8; outline-offset: 4px; }
.nl-prompt { display: flex; align-items: center; gap: 32px; min-height: 176px; }
.nl-target {
  font-size: 160px; font-weight: 700; line-height: 1; min-width: 2ch; text-align: center;
  font-variant-numeric: tabular-nums;
}
.nl-band {
  position: relative; width: 100%; max-width: 960px; height: 176px; padding: 0 56px;
  box-sizing: border-box; display: flex; align-items: center; cursor: pointer;
  border-radius: 24px; background: #fff3c4;
}
.nl-line { position: relative; width: 100%; height: 8px; background: #1f2937; border-radius: 4px; }
.nl-end { position: absolute; top: -20px; width: 6px; height: 48px; background: #1f2937; transform: translateX(-50%); }
.nl-end-label { position: absolute; top: 36px; transform: translateX(-50%); font-size: 40px; font-weight: 700; }
.nl-pin { position: absolute; bottom: -4px; width: 8px; height: 72px; transform: translateX(-50%); border-radius: 4px; }
.nl-pin::before {
  content: ''; position: absolute; top: -16px; left: 50%; width: 32px; height: 32px;
  transform: translateX(-50%); border-radius: 50%; background: inherit;
}
.nl-marker { background: #1d4ed8; }
.nl-estimate { background: #1d4ed8; }
.nl-truth { background: #16a34a; }
.nl-truth[data-success='false'] { background: #ea580c; }
.nl-truth-label {
  position: absolute; top: -72px; left: 50%; transform: translateX(-50%);
  font-size: 40px; font-weight: 700; color: inherit;
}
.nl-progress { display: flex; gap: 12px; }
.nl-dot { width: 20px; height: 20px; border-radius: 50%; background: #e5e7eb; }
.nl-dot[data-state='answered'] { background: #60a5fa; }
.nl-dot[data-state='current'] { background: #1f2937; }
.nl-end-screen { display: flex; flex-direction: column; align-items: center; gap: 32px; }
.nl-star { width: 176px; height: 176px; color: #f59e0b; }
.nl-actions { display: flex; gap: 48px; }
`;

/**
 * Applies the styles through a constructed style sheet, because plugin frames
 * may serve a Content-Security-Policy without 'unsafe-inline' for styles, which
 * blocks `<style>` elements. Chromium 156 applies an adopted style sheet under
 * `style-src 'self'`. A browser without `adoptedStyleSheets` gets a `<style>`
 * element instead, which such a policy blocks.
 */
export function applyStyles(document: Document, css: string = NUMBER_LINE_CSS): void {
  if ('adoptedStyleSheets' in document && typeof CSSStyleSheet === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
