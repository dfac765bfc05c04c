#!/usr/bin/env bash
# Regenerates src/assets/fonts/noto-color-emoji-subset.woff2: Noto Color
# Emoji cut down to the emoji that the picture cards and the UI's icons use,
# as listed by emoji-code-points.mjs. Run it after adding a card or an icon:
#
#   host-ui/scripts/subset-emoji-font.sh
#
# It needs Node.js and Debian's fonts-noto-color-emoji, python3-fonttools and
# python3-brotli packages. NOTO_COLOR_EMOJI and PYTHON override the source
# font and the Python that has fontTools.
set -euo pipefail

scripts_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fonts_dir="$(cd "$scripts_dir/../src/assets/fonts" && pwd)"
source_font="${NOTO_COLOR_EMOJI:-/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf}"
python="${PYTHON:-/usr/bin/python3}"
output="$fonts_dir/noto-color-emoji-subset.woff2"

if [[ ! -f "$source_font" ]]; then
  echo "Source font $source_font not found; install fonts-noto-color-emoji or set NOTO_COLOR_EMOJI." >&2
  exit 1
fi
if ! "$python" -c 'import fontTools.subset, brotli' 2>/dev/null; then
  echo "$python cannot import fontTools and brotli; install python3-fonttools and python3-brotli or set PYTHON." >&2
  exit 1
fi

unicodes="$(node "$scripts_dir/emoji-code-points.mjs")"

# Every layout feature is kept so that ZWJ sequences such as 🧑‍🏫 keep their ligature.
"$python" -m fontTools.subset "$source_font" \
  --unicodes="$unicodes" \
  --layout-features='*' \
  --flavor=woff2 \
  --output-file="$output"

# U+FE0F only selects emoji presentation and has no glyph in Noto Color Emoji.
# Any other code point missing from the subset is an emoji the font lacks.
"$python" - "$output" "$unicodes" <<'PYTHON'
import sys
from fontTools.ttLib import TTFont

output, unicodes = sys.argv[1], sys.argv[2]
wanted = {int(item[2:], 16) for item in unicodes.split(',')} - {0xFE0F}
missing = sorted(wanted - set(TTFont(output).getBestCmap()))
if missing:
    listed = ', '.join(f'U+{code:04X}' for code in missing)
    sys.exit(f'The subset lacks {listed}: the source font has no glyph for them.')
PYTHON

echo "Wrote $output ($(wc -c < "$output") bytes)."
