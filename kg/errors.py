"""Every error kg reports to a user, with what to do next.

Library functions raise these; only the CLI turns them into one line on stderr
and an exit code. Each error names the input it is about.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: ``str(error)`` is one line naming the input and what to do."""

    exit_code = 2


class InputError(KgError):
    """An input file or record cannot be read (missing, empty, binary, malformed, wrong encoding)."""


class FormatError(KgError):
    """An output or input format kg does not know."""


class EndpointError(KgError):
    """A SPARQL endpoint or server cannot be reached or answered with an error."""

    exit_code = 3


class ValidationError(KgError):
    """A graph does not conform to the shapes or the ontology."""

    exit_code = 1
