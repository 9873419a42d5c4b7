"""The portal's frame (top bar, navigation, language switch) written once per process for each kind of visitor.

A page of the seller's ticket list spends about as long in Django's template engine writing the frame around it as
the database spends finding its rows, yet the frame is the same for every seller in one language but for three
values: the CSRF token, the page's own address (the language switch returns to it) and the content. `page()` writes
the page's Django template once per kind of visitor with marks where those three go, keeps the text, and fills in
the marks on each request. The template stays the only source of the frame; a test holds the two ways of writing it
to the same output for sellers, buyers and agents in every language.

The template sees a visitor made of the facts the key names and nothing else (`_Visitor`), so a frame written for
one user can carry nothing of another's: a frame that needed more would come out different from Django's own
rendering and fail that test rather than show one seller another's name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from marketdesk.accounts.models import Role
from marketdesk.web.access import current_user
from marketdesk.web.context import links
from marketdesk.web.csrf import get_token

# Marks the template engine writes unchanged (letters and digits only: nothing for it to escape).
_MARK_PREFIX = "mdframe7"
_CSRF, _PATH, _CONTENT = f"{_MARK_PREFIX}csrf", f"{_MARK_PREFIX}path", f"{_MARK_PREFIX}content"
_MARKS = re.compile(f"({_CSRF}|{_PATH}|{_CONTENT})")


@dataclass(frozen=True, slots=True)
class _Visitor:
    """What the frame shows of the logged-in user, and all it may read."""

    is_authenticated: bool
    role: str
    is_staff: bool
    full_name: str
    username: str

    def get_full_name(self) -> str:
        return self.full_name

    def get_username(self) -> str:
        return self.username

    def get_role_display(self) -> str:
        return str(Role(self.role).label) if self.role in Role.values else self.role


class _Address:
    """`request` as the frame reads it: only its address, which is a mark."""

    def get_full_path(self) -> str:
        return _PATH


def page(request: HttpRequest, template_name: str, content: SafeString, **context: str) -> HttpResponse:
    """`render(request, template_name, {"content": content, **context})`, with the frame written once per visitor kind.

    `context` holds the page's own plain values (such as `nav`): they are part of the key.
    """
    if len(messages.get_messages(request)):
        # A flash message to show (rare, and read once): the page as Django writes it.
        return render(request, template_name, {"content": content, **context})
    user = current_user(request)
    visitor = _Visitor(True, user.role, user.is_staff, user.get_full_name(), user.get_username())
    if _MARK_PREFIX in visitor.full_name + visitor.username:
        return render(request, template_name, {"content": content, **context})  # a name that reads like a mark
    parts = _frame(template_name, get_language(), get_script_prefix(), visitor, tuple(sorted(context.items())))
    values = {_CSRF: get_token(request), _PATH: escape(request.get_full_path()), _CONTENT: content}
    return HttpResponse("".join(values.get(part, part) for part in parts))


@functools.lru_cache(maxsize=512)
def _frame(
    template_name: str, language: str, script_prefix: str, visitor: _Visitor, context: tuple[tuple[str, str], ...]
) -> tuple[str, ...]:
    """The page written with marks, cut at them: text and marks alternate."""
    written = render_to_string(
        template_name,
        {
            **dict(context),
            **links(HttpRequest()),
            "user": visitor,
            "request": _Address(),
            "csrf_token": _CSRF,
            "messages": (),
            "content": mark_safe(_CONTENT),  # noqa: S308 - a mark of letters
        },
    )
    parts = tuple(_MARKS.split(written))
    if parts.count(_CONTENT) != 1:
        raise ValueError(f"{template_name} must write {{{{ content }}}} exactly once to be a frame")
    return parts
