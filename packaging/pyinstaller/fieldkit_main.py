"""Entry point of the frozen builds: the same `fieldkit` command as the installed package's."""

from fieldkit.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
