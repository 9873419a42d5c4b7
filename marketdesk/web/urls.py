"""Routes of the portals: the start page, login, language switch, and one namespace per portal."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from marketdesk.web.views import attachments, home

urlpatterns = [
    # The portals first: nearly every request is a page of one of them.
    path("seller/", include(("marketdesk.web.urls_seller", "seller"))),
    path("buyer/", include(("marketdesk.web.urls_buyer", "buyer"))),
    path("cs/", include(("marketdesk.web.urls_cs", "cs"))),
    path("", home.home, name="home"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("attachments/<int:pk>/", attachments.download, name="attachment"),
]
