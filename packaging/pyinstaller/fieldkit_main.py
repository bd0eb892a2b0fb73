"""Entry point of the frozen builds: the same `fieldkit` command as the installed package's.

Started with ``--hash-worker`` alone, it is a worker of the duplicates search's photo-hash pool
(fieldkit.duplicates.photo_hash._worker_command: a frozen build has no Python interpreter to
start one with), reading thumbnails on its standard input.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--hash-worker"]:
        from fieldkit.duplicates.hash_worker import main as serve_hashes

        serve_hashes()
        raise SystemExit(0)
    from fieldkit.cli import main

    raise SystemExit(main())
