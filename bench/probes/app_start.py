# ruff: noqa: F821 (install_first_paint_probe comes from first_paint.py, joined in front)
# The app's own entry function, as `canvas-editor ARGS...` would run it, under the
# first-paint probe. Args: CONFIG_JSON ARGS...
import json
import sys

# First, as the console script does: the entry module is imported before Qt.
from canvas_editor.cli.main import main

_config = json.loads(sys.argv[1])
install_first_paint_probe(_config.get("view_class", "BoardView"), _config.get("settle_ms", 0))

sys.argv = ["canvas-editor", *sys.argv[2:]]
sys.exit(main())
