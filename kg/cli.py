"""The ``kg`` command: a thin layer over the library.

Each sub-command lives in a module of ``kg.commands`` with a ``register(subparsers)``
function that adds its parser and sets ``func`` to a ``run(args) -> int``. Only this
module turns errors into messages and exit codes: 0 ok, 1 not conforming or below a
threshold, 2 bad input or usage, 3 an endpoint failed, 70 an internal error (a bug in kg: one
line, and the traceback only when the environment sets KG_TRACEBACK=1).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from kg import __version__
from kg.errors import KgError

COMMAND_MODULES = (
    "kg.commands.build",
    "kg.commands.query",
    "kg.commands.validate",
    "kg.commands.gazetteer",
    "kg.commands.store",
    "kg.commands.eval",
)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Read news about international affairs into a Wikidata-linked RDF knowledge graph.",
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a command module not written yet: leave it out
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except KgError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted; no output was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        print(f"kg {args.command}: error: out of memory; split the input into smaller files", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug, not the user's input: one line that says so, outputs left as they were
        if os.environ.get("KG_TRACEBACK") == "1":
            raise
        print(
            f"kg {args.command}: internal error: {type(exc).__name__}: {exc}; no output was written; "
            "please report it (KG_TRACEBACK=1 shows the traceback)",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
