from canvas_editor.cli.main import main

raise SystemExit(main())
