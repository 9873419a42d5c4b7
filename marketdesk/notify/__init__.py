"""Outbox → e-mails and webhooks: events are written in the same transaction as the change, delivered by the worker."""
