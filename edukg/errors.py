"""The exceptions edukg raises; the CLI maps each to an exit status."""

__all__ = ["EdukgError", "InputError", "StoreError", "ReadOnlyError", "UsageError"]


class EdukgError(Exception):
    """Base class for every error edukg raises on purpose."""

    exit_code = 1


class InputError(EdukgError):
    """Bad user input: a file that cannot be read, an unknown query, a bad parameter."""


class ReadOnlyError(InputError):
    """A query that would write was refused on a read-only path."""


class StoreError(EdukgError):
    """The graph store is unreachable, failed to start, or failed a statement."""

    exit_code = 3


class UsageError(EdukgError):
    """A setting that cannot work, such as a Neo4j URI of another scheme: exit 2, as click's usage errors."""

    exit_code = 2
