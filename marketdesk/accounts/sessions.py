"""Sessions in the database, as Django keeps them, read with one plain statement.

Every page reads its session before anything else. Django's database backend reads it through the ORM, which spends
more time building and compiling the query than the database spends answering it (0.55 ms against 0.2 ms here);
this reads the same row with the same condition. Writing, expiry and clearing stay Django's.
"""

from __future__ import annotations

from django.contrib.sessions.backends import db
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> AbstractBaseSession | None:
        key, model = self.session_key, self.model
        if key is None:
            return None
        connection = connections[router.db_for_read(model)]
        table = connection.ops.quote_name(model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT session_data FROM {table} WHERE session_key = %s AND expire_date > %s",  # noqa: S608 - our table
                [key, connection.ops.adapt_datetimefield_value(timezone.now())],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None  # as Django does: an unknown or expired key starts a new session
            return None
        return model(session_key=key, session_data=row[0])
