"""Seller portal routes: tickets and their actions; text modules in their own module."""

from django.urls import include, path

from marketdesk.web.views import notifications as notification_views
from marketdesk.web.views import performance as performance_views
from marketdesk.web.views import seller_list, seller_policy
from marketdesk.web.views import seller_tickets as views

urlpatterns = [
    path("tickets/", seller_list.ticket_list, name="tickets"),
    path("tickets/<str:number>/", views.ticket_detail, name="ticket"),
    path("tickets/<str:number>/order/", views.order_details, name="order_details"),
    path("tickets/<str:number>/reply/", views.reply, name="reply"),
    path("tickets/<str:number>/policy-check/", seller_policy.policy_check, name="policy_check"),
    path("tickets/<str:number>/refund/", views.refund, name="refund"),
    path("tickets/<str:number>/cancel/", views.cancel, name="cancel"),
    path("tickets/<str:number>/notify/", views.notify, name="notify"),
    path("tickets/<str:number>/close/", views.close, name="close"),
    path("text-modules/", include("marketdesk.web.urls_textmodules")),
    path("api-keys/", include("marketdesk.web.urls_apikeys")),
    path("webhooks/", include("marketdesk.web.urls_webhooks")),
    path("notifications/", notification_views.seller_preferences, name="notifications"),
    path("performance/", performance_views.seller_performance, name="performance"),
    path("performance/export.csv", performance_views.seller_performance_csv, name="performance_csv"),
]
