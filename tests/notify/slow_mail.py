"""A file e-mail backend for the worker-process tests: it can stall right before or right after writing the n-th
e-mail of its process and leaves a marker file, so a test kills the worker at exactly that point."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path

from django.core.mail import EmailMessage
from django.core.mail.backends import filebased

_sent_by_this_process = 0


class EmailBackend(filebased.EmailBackend):
    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        global _sent_by_this_process
        _sent_by_this_process += 1
        stall = os.environ.get("SLOW_MAIL_STALL", "")  # "before" or "after" the e-mail is written
        pause = float(os.environ.get("SLOW_MAIL_PAUSE", "0"))
        if not pause or _sent_by_this_process != int(os.environ.get("SLOW_MAIL_AT", "0")):
            return super().send_messages(email_messages)
        marker = Path(os.environ["SLOW_MAIL_MARKERS"]) / f"stalled-{stall}"
        if stall == "before":
            marker.write_text(email_messages[0].extra_headers.get("Message-ID", ""))
            time.sleep(pause)
        sent = super().send_messages(email_messages)
        if stall == "after":
            marker.write_text(email_messages[0].extra_headers.get("Message-ID", ""))
            time.sleep(pause)
        return sent
