"""Per-seller request counts of the current second, shared by every web process (the rate limit)."""

from __future__ import annotations

from django.db import models


class RateWindow(models.Model):
    seller_id = models.BigIntegerField()
    second = models.BigIntegerField()  # Unix time
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["seller_id", "second"], name="ratewindow_seller_second")]
        indexes = [models.Index(fields=["second"], name="ratewindow_second")]

    def __str__(self) -> str:
        return f"{self.seller_id}@{self.second}: {self.count}"
