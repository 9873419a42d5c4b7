"""Customer-service console routes: the queue, finding any ticket, the ticket page and its actions."""

from django.urls import path

from marketdesk.web.views import cs as views
from marketdesk.web.views import performance

urlpatterns = [
    path("", views.queue, name="queue"),
    path("find/", views.find, name="find"),
    path("tickets/<str:number>/", views.ticket, name="ticket"),
    path("tickets/<str:number>/take-over/", views.ticket_action, {"action": "take_over"}, name="take_over"),
    path("tickets/<str:number>/reply/", views.ticket_action, {"action": "reply"}, name="reply"),
    path("tickets/<str:number>/note/", views.ticket_action, {"action": "note"}, name="note"),
    path("tickets/<str:number>/hand-back/", views.ticket_action, {"action": "hand_back"}, name="hand_back"),
    path("tickets/<str:number>/close/", views.ticket_action, {"action": "close"}, name="close"),
    path("tickets/<str:number>/enforce/", views.ticket_action, {"action": "enforce"}, name="enforce"),
    path("tickets/<str:number>/dismiss/", views.ticket_action, {"action": "dismiss"}, name="dismiss"),
    path("policy/", views.policy_cases, name="policy_cases"),
    path("performance/", performance.cs_performance, name="performance"),
    path("performance/export.csv", performance.cs_performance_csv, name="performance_csv"),
    path("performance/sellers/<int:seller_id>/", performance.cs_seller_performance, name="seller_performance"),
    path(
        "performance/sellers/<int:seller_id>/export.csv",
        performance.cs_seller_performance_csv,
        name="seller_performance_csv",
    ),
]
