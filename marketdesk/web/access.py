"""Request-side access: who is asking, and role gates that answer 404 to everybody else."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpRequest, HttpResponse

from marketdesk.accounts.actors import Actor, actor_for
from marketdesk.accounts.models import Role, User

View = TypeVar("View", bound=Callable[..., HttpResponse])


def current_user(request: HttpRequest) -> User:
    user = request.user
    if isinstance(user, AnonymousUser):
        raise Http404
    return user


def current_actor(request: HttpRequest) -> Actor:
    return actor_for(current_user(request))


def _role_gate(*roles: str) -> Callable[[View], View]:
    def decorate(view: View) -> View:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            # Another role's pages do not exist for this user (404, like another seller's tickets).
            if current_user(request).role not in roles:
                raise Http404
            return view(request, *args, **kwargs)

        return cast(View, login_required(wrapped))

    return decorate


seller_required = _role_gate(Role.SELLER)
buyer_required = _role_gate(Role.BUYER)
cs_required = _role_gate(Role.CUSTOMER_SERVICE, Role.OPERATOR)
