"""``python -m alpaca``: the ``alpaca`` command line."""

from alpaca.cli import main

if __name__ == "__main__":
    main()
