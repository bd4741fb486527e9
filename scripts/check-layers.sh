#!/usr/bin/env bash
# Checks what the architecture page (docs/architecture.md) declares and the compiler cannot see:
#  - core/ includes nothing from ui/, demo/ or Qt Widgets (the CLI and the GUI share it);
#  - demo/ includes nothing from ui/;
#  - no source file in core/, ui/, app/ or demo/ is longer than 800 lines (split it by job instead).
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
if grep -rnE '#include [<"](ui/|demo/|QtWidgets|QWidget|QApplication|QDialog|QMainWindow)' core; then
  echo "core/ must not include ui/, demo/ or Qt Widgets (lines above)" >&2
  status=1
fi
if grep -rnE '#include "ui/' demo; then
  echo "demo/ must not include ui/ (lines above)" >&2
  status=1
fi
while read -r lines file; do
  if [ "$file" != total ] && [ "$lines" -gt 800 ]; then
    echo "$file: $lines lines (at most 800)" >&2
    status=1
  fi
done < <(find core ui app demo -name '*.cpp' -o -name '*.h' | xargs wc -l)
[ $status -eq 0 ] && echo "Layers and file sizes: as declared"
exit $status
