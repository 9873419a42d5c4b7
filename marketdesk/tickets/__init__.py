"""Tickets, their messages, attachments and audit events; services, selectors and the deadline rules."""
