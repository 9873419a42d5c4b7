"""Django settings, read only from environment variables (every one is listed in .env.example)."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
import django_stubs_ext
import jinja2
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.env import env_bool, env_int, env_list, env_str

django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("MARKETDESK_DEBUG", False)
SECRET_KEY = env_str("MARKETDESK_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("MARKETDESK_SECRET_KEY is required when MARKETDESK_DEBUG is off.")
    SECRET_KEY = "development-only-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = env_list("MARKETDESK_ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("MARKETDESK_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "marketdesk.core",
    "marketdesk.accounts",
    "marketdesk.catalog",
    "marketdesk.orders",
    "marketdesk.tickets",
    "marketdesk.textmodules",
    "marketdesk.sellerapi",
    "marketdesk.notify",
    "marketdesk.policy",
    "marketdesk.web",
    "marketdesk.demo",
]

MIDDLEWARE = [
    "marketdesk.core.timing.ServerTimingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "marketdesk.sellerapi.middleware.SellerApiPathMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "marketdesk.core.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "marketdesk.web.flash.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "marketdesk.web.context.links",
                "marketdesk.web.csrf.context",  # in place of Django's built-in csrf processor: a cheaper mask
            ],
        },
    },
    {
        # For the content of the busiest page only, the seller's ticket list (web/jinja2/), whose words come from
        # Python; every page, that one included, is a Django template on the portal's base.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"undefined": jinja2.StrictUndefined, "trim_blocks": True, "lstrip_blocks": True},
    },
]

# SQLite (WAL) by default; DATABASE_URL selects PostgreSQL.
_SQLITE_PATH = env_str("MARKETDESK_SQLITE_PATH", str(BASE_DIR / "var" / "marketdesk.sqlite3"))
DATABASE_URL = env_str("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("MARKETDESK_DB_CONN_MAX_AGE", 60))}
    if DATABASES["default"]["ENGINE"] not in ("django.db.backends.postgresql", "django.db.backends.sqlite3"):
        raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL (postgres://…) or SQLite (sqlite:///…).")
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # Planner settings for each connection: the working set sits in memory (random reads cost about what
        # sequential ones do), a web request is better served by one backend than by waiting for parallel workers,
        # and compiling a request's aggregates (JIT) costs more than it saves.
        # Measured in docs/performance.md (a big seller's search for a common word).
        DATABASES["default"].setdefault("OPTIONS", {})["options"] = env_str(
            "MARKETDESK_PG_OPTIONS", "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0 -c jit=off"
        )
else:
    Path(_SQLITE_PATH).parent.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": _SQLITE_PATH,
            # Kept open between requests, as PostgreSQL's: opening the file and setting a connection up (its PRAGMAs,
            # Django's SQL functions) cost more than a search's queries.
            "CONN_MAX_AGE": env_int("MARKETDESK_DB_CONN_MAX_AGE", 60),
            "OPTIONS": {
                # IMMEDIATE avoids lock upgrades failing between the web server and the worker.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
            },
            "TEST": {"NAME": env_str("MARKETDESK_SQLITE_TEST_PATH", "") or None},
        }
    }

# The covering indexes' INCLUDE columns serve PostgreSQL's index-only scans; SQLite builds the same indexes on their
# key columns alone, and its pages stay under their targets with them (docs/performance.md): nothing to act on.
SILENCED_SYSTEM_CHECKS = ["models.W040"] if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" else []

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
# Django's sessions and password login, each read with one plain statement on every page (see the modules).
SESSION_ENGINE = "marketdesk.accounts.sessions"
AUTHENTICATION_BACKENDS = ["marketdesk.accounts.backends.UserBackend"]
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("de", _("German"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("MARKETDESK_STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Static files are served by the app itself (no CDN); from the apps directly unless collected.
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = Path(env_str("MARKETDESK_MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

EMAIL_BACKEND = env_str("MARKETDESK_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("MARKETDESK_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("MARKETDESK_EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("MARKETDESK_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = env_str("MARKETDESK_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("MARKETDESK_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("MARKETDESK_DEFAULT_FROM_EMAIL", "Marketdesk <noreply@marketdesk.localhost>")
# Where django.core.mail.backends.filebased.EmailBackend writes (one file per worker connection).
EMAIL_FILE_PATH = env_str("MARKETDESK_EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
# Scheme and host of the portals as users reach them: the links in notification e-mails start with it.
PUBLIC_BASE_URL = env_str("MARKETDESK_PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

# Attachments on ticket messages.
ATTACHMENT_MAX_BYTES = env_int("MARKETDESK_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024, minimum=1)
ATTACHMENT_MAX_COUNT = env_int("MARKETDESK_ATTACHMENT_MAX_COUNT", 10, minimum=1)
# A Seller API message carries its files base64-encoded in the JSON body (a third larger than the files).
DATA_UPLOAD_MAX_MEMORY_SIZE = ATTACHMENT_MAX_BYTES * ATTACHMENT_MAX_COUNT * 4 // 3 + 1024 * 1024

# Seller API.
MARKETDESK_ENCRYPTION_KEY = env_str("MARKETDESK_ENCRYPTION_KEY", "")
SELLER_API_CLOCK_WINDOW = env_int("MARKETDESK_API_CLOCK_WINDOW", 300, minimum=1)
SELLER_API_PUBLIC_BASE_URL = env_str("MARKETDESK_API_PUBLIC_BASE_URL", "").rstrip("/")
SELLER_API_RATE_LIMIT = env_int("MARKETDESK_API_RATE_LIMIT", 111, minimum=1)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "marketdesk"}}

# Webhooks and worker
# Callback URLs on loopback, private, link-local, multicast or reserved addresses are refused unless this is on
# (local development and the tests' own receiver only).
MARKETDESK_WEBHOOK_ALLOW_PRIVATE = env_bool("MARKETDESK_WEBHOOK_ALLOW_PRIVATE", False)
WEBHOOK_TIMEOUT = env_int("MARKETDESK_WEBHOOK_TIMEOUT", 10, minimum=1)
WEBHOOK_MAX_ATTEMPTS = env_int("MARKETDESK_WEBHOOK_MAX_ATTEMPTS", 8, minimum=1)
WEBHOOK_RETRY_BASE = env_int("MARKETDESK_WEBHOOK_RETRY_BASE", 30, minimum=1)
WEBHOOK_RETRY_CAP = env_int("MARKETDESK_WEBHOOK_RETRY_CAP", 3600, minimum=1)
WORKER_LEASE = env_int("MARKETDESK_WORKER_LEASE", 60, minimum=1)

# Return-option policy: "review" enforces a violation only after customer service confirms it; "immediate" lets
# the worker enforce a violation at once (undecided responses always wait for a person).
POLICY_ENFORCEMENT = env_str("MARKETDESK_POLICY_ENFORCEMENT", "review")
if POLICY_ENFORCEMENT not in ("review", "immediate"):
    raise ImproperlyConfigured(f"MARKETDESK_POLICY_ENFORCEMENT must be review or immediate, not {POLICY_ENFORCEMENT!r}")

SESSION_COOKIE_SECURE = env_bool("MARKETDESK_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("MARKETDESK_LOG_LEVEL", "INFO")},
}
