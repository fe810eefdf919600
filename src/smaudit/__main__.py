"""``python -m smaudit``: the same entry point as the console script."""

from smaudit.cli.main import main

raise SystemExit(main())
