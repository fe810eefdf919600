"""``python -m smaudit``: the same entry point as the console script."""

from smaudit.cli import main

raise SystemExit(main())
