"""eventledger: a sourced, deduplicated ledger of conflict and political-violence events."""

__version__ = "0.1.0"
