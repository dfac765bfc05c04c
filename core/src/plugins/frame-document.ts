/**
 * Builds the HTML document of a plugin frame: no inline script, one classic
 * script from the plugin's own files. Classic rather than module scripts,
 * because a module script from an opaque-origin document is a CORS request.
 */
export function frameDocument(input: { title: string; lang: string; scriptPath: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(input.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.title)}</title>`,
    '</head>',
    '<body>',
    `<script src="../${escapeHtml(input.scriptPath)}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
