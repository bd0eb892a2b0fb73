"""`python -m fieldkit` is the same as the `fieldkit` command."""

from fieldkit.cli import main

raise SystemExit(main())
