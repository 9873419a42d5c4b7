"""Shared building blocks without models: time, money, identifiers, pagination, domain errors."""
