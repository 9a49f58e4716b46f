"""edukg: a knowledge graph of Chinese local education policy."""

__version__ = "0.1.0"
