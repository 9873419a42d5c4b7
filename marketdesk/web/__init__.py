"""Seller portal, buyer portal and customer-service console: thin views, templates and htmx partials."""
