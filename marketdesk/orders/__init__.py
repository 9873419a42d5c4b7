"""Orders, order units, refunds and cancellations."""
