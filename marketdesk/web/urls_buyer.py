"""Buyer portal routes: my orders, reporting a problem on an order, my tickets and their conversation."""

from django.urls import path

from marketdesk.web.views import buyer as views
from marketdesk.web.views import notifications as notification_views

urlpatterns = [
    path("orders/", views.orders, name="orders"),
    path("orders/<str:id_order>/new-ticket/", views.new_ticket, name="new_ticket"),
    path("tickets/", views.tickets, name="tickets"),
    path("tickets/<str:number>/", views.ticket, name="ticket"),
    path("tickets/<str:number>/reply/", views.reply, name="reply"),
    path("tickets/<str:number>/close/", views.close, name="close"),
    path("notifications/", notification_views.buyer_preferences, name="notifications"),
]
