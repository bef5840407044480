"""pind settings: every knob comes from the environment, with a default that works offline.

Grouped by concern. The helpers fail loudly on values they cannot read, so a typo in
an env var stops the process at start instead of being silently ignored.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv

BASE_DIR = Path(__file__).resolve().parent.parent
load_dotenv(BASE_DIR / ".env")


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {raw!r}")


def _env_parsed(name: str, default, parse, what: str):
    """`parse` of the variable's text, `default` when unset or empty; a loud error when
    the text is not `what` it should be."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return parse(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be {what}, got {raw!r}") from None


def env_int(name: str, default: int) -> int:
    return _env_parsed(name, default, int, "an integer")


def env_float(name: str, default: float) -> float:
    return _env_parsed(name, default, float, "a number")


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


# --- Core -----------------------------------------------------------------------------

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG and not env_bool("PIND_DEV", False):
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is false (or set DEBUG=true / PIND_DEV=true "
            "for a local run)."
        )
    SECRET_KEY = "insecure-dev-key-only-for-local-runs-do-not-deploy-0123456789"
# Values shipped in examples and compose files: anyone could sign a JWT with them. Refused
# unless DEBUG or PIND_DEV (a local run) is on.
PLACEHOLDER_SECRET_KEYS = frozenset(
    {
        "change-me-in-production",
        "change-me",
        "changeme",
        "secret",
        "django-insecure",
        "insecure-dev-key-only-for-local-runs-do-not-deploy-0123456789",
        "build-only",
    }
)


def _is_placeholder(key: str) -> bool:
    return key.strip().lower() in PLACEHOLDER_SECRET_KEYS or key.startswith("django-insecure-")


if not DEBUG and not env_bool("PIND_DEV", False):
    for _name, _key in (("SECRET_KEY", SECRET_KEY), ("JWT_SIGNING_KEY", env("JWT_SIGNING_KEY"))):
        if _is_placeholder(_key):
            raise ImproperlyConfigured(
                f"{_name} is a published placeholder; set a long random value "
                "(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
            )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = env("SITE_URL", "http://localhost:8000")
USE_X_FORWARDED_PROTO = env_bool("USE_X_FORWARDED_PROTO", False)
if USE_X_FORWARDED_PROTO:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- HTTPS ----------------------------------------------------------------------------
# PIND_HTTPS=true: pind is only reached over HTTPS (directly or behind a TLS proxy):
# cookies are never sent in clear and browsers are told to stay on HTTPS (HSTS).
PIND_HTTPS = env_bool("PIND_HTTPS", False)
SESSION_COOKIE_SECURE = PIND_HTTPS
CSRF_COOKIE_SECURE = PIND_HTTPS
SECURE_HSTS_SECONDS = env_int("PIND_HSTS_SECONDS", 31536000) if PIND_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = PIND_HTTPS and env_bool("PIND_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = PIND_HTTPS and env_bool("PIND_HSTS_PRELOAD", False)
SECURE_SSL_REDIRECT = PIND_HTTPS and env_bool("PIND_SSL_REDIRECT", False)
# /healthz is probed over plain HTTP from inside the container.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_HTTPONLY = True

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI and ReDoc served from here, not a CDN
    # Before django_q: jobs' `qcluster` (waits for the database, then starts django-q2's)
    # takes the name.
    "jobs",
    "django_q",
    "axes",
    "accounts",
    "videos",
    "places",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "pind.errors.JsonErrorMiddleware",
    "accounts.middleware.LoginRateLimitMiddleware",
    # Last: turns a lockout recorded during authentication into a 429.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pind.urls"
WSGI_APPLICATION = "pind.wsgi.application"
ASGI_APPLICATION = "pind.asgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and env_bool("PIND_MANIFEST_STATIC", False)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Request bodies: the API takes small JSON; anything bigger is refused with 413.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 64 * 1024)

# --- Database -------------------------------------------------------------------------

VAR_DIR = Path(env("PIND_VAR_DIR", str(BASE_DIR / "var")))
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    # CONN_MAX_AGE > 0: django-q2's ORM broker otherwise opens a connection per operation.
    # No psycopg pool ("OPTIONS": {"pool": ...}): qcluster workers lose tasks with it.
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("DB_CONN_MAX_AGE", 600),
            conn_health_checks=True,
        )
    }
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "pind.sqlite3",
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }

# A worker (`manage.py qcluster`) started while the database is down waits this long for
# it, retrying with backoff, before giving up (0: forever).
PIND_DB_WAIT_SECONDS = env_int("PIND_DB_WAIT_SECONDS", 0)

# --- Cache (throttle state must be shared by every process) -----------------------------

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "pind_cache",
        }
    }

# Rendered my-map and history payloads kept per web process, validated by a version read
# on every request (places/read_cache.py); 0 keeps none.
PIND_READ_CACHE_MB = env_int("PIND_READ_CACHE_MB", 32)

# --- Accounts and auth ------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("PASSWORD_MIN_LENGTH", 8)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out address+account before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# django-axes guards every login surface (API /auth/login, /login/, /admin/login/):
# failures are counted per client address *and* account together, so nobody can lock
# someone else out from their own address, and a lockout ends after the cool-off even if
# the attacker keeps trying. LoginThrottle adds a per-address rate over all surfaces.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "accounts.throttles.client_ip"
AXES_USERNAME_CALLABLE = "accounts.throttles.login_username"
AXES_LOCKOUT_CALLABLE = "accounts.middleware.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False
LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/history/"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 3 * 24 * 3600)
PASSWORD_RESET_URL = env("PASSWORD_RESET_URL", SITE_URL + "/reset/{uid}/{token}/")

JWT_SIGNING_KEY = env("JWT_SIGNING_KEY") or SECRET_KEY
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=env_int("JWT_ACCESS_MINUTES", 15)),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=env_int("JWT_REFRESH_DAYS", 14)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": True,
    "ALGORITHM": "HS256",
    "SIGNING_KEY": JWT_SIGNING_KEY,
    "AUTH_HEADER_TYPES": ("Bearer", "bearer"),
    "USER_ID_FIELD": "id",
    "USER_ID_CLAIM": "user_id",
    # Tokens carry a hash of the password hash: any password change (API, reset page,
    # admin) makes every access and refresh token issued before it invalid.
    "CHECK_REVOKE_TOKEN": True,
}

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "pind <noreply@localhost>")

# --- CORS -------------------------------------------------------------------------------

CORS_ALLOWED_ORIGINS = env_list(
    "CORS_ALLOWED_ORIGINS", "http://localhost:3000,http://127.0.0.1:3000"
)
if "*" in CORS_ALLOWED_ORIGINS:
    raise ImproperlyConfigured("CORS_ALLOWED_ORIGINS may not contain '*' (credentials are allowed)")
CORS_ALLOW_CREDENTIALS = True
CORS_EXPOSE_HEADERS = ["Link", "Retry-After"]
CORS_URLS_REGEX = r"^/(api|auth)/.*$"

# --- REST API ---------------------------------------------------------------------------

# Reverse proxies in front of pind. 0: the client is REMOTE_ADDR and X-Forwarded-For is
# ignored (anyone can write it). N: the Nth address from the right of X-Forwarded-For.
NUM_PROXIES = env_int("NUM_PROXIES", 0)
if NUM_PROXIES < 0:
    raise ImproperlyConfigured(f"NUM_PROXIES must be 0 or more, got {NUM_PROXIES}")
# Deepest JSON nesting a request body may have (the API's bodies are flat).
PIND_JSON_MAX_DEPTH = env_int("PIND_JSON_MAX_DEPTH", 32)
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["accounts.authentication.BearerJWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "pind.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "pind.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "pind.errors.api_exception_handler",
    # 0, not None: DRF reads None as "trust X-Forwarded-For as sent".
    "NUM_PROXIES": NUM_PROXIES,
    "DEFAULT_THROTTLE_RATES": {
        "login": env("THROTTLE_LOGIN", "10/min"),
        "register": env("THROTTLE_REGISTER", "5/min"),
        "password_reset": env("THROTTLE_PASSWORD_RESET", "5/hour"),
        "submit_user": env("THROTTLE_SUBMIT_USER", "30/min"),
        "submit_guest": env("THROTTLE_SUBMIT_GUEST", "5/min"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "pind API",
    "DESCRIPTION": "Turns a YouTube video into the places it talks about and shows.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # /api/docs/ and /api/redoc/ work offline: their assets are static files of ours.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No "valid" badge fetched from validator.swagger.io.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
}

# --- Jobs and the queue (django-q2 reads Q_CLUSTER once, at import) -----------------------

PIND_JOB_TIMEOUT = env_int("PIND_JOB_TIMEOUT", 30 * 60)
PIND_JOB_MAX_ATTEMPTS = env_int("PIND_JOB_MAX_ATTEMPTS", 3)
PIND_JOB_STALE_SECONDS = env_int("PIND_JOB_STALE_SECONDS", 120)
# A queued job whose task may never have reached the queue is sent again after this.
PIND_JOB_PENDING_STALE_SECONDS = env_int("PIND_JOB_PENDING_STALE_SECONDS", 15 * 60)
PIND_MAX_ACTIVE_JOBS_PER_USER = env_int("PIND_MAX_ACTIVE_JOBS_PER_USER", 5)
PIND_PROCESS_WAIT_SECONDS = env_int("PIND_PROCESS_WAIT_SECONDS", 120)
PIND_PROCESS_WAIT_MAX_SECONDS = env_int("PIND_PROCESS_WAIT_MAX_SECONDS", 300)
# What keeps a trivial task under 0.5 s from enqueue to start (bench/queue_bench.py): a short
# poll, workers that are not recycled every few tasks (each new worker warms the Korean
# analyser, seconds), no pruning of the task table on every save (django-q2 locks and loads
# every saved success to count them; `jobs.tasks.reap_stale_jobs` prunes once a minute), and
# persistent connections (DB_CONN_MAX_AGE). The reaper runs on the scheduler, not per job.
Q_CLUSTER = {
    "name": env("Q_CLUSTER_NAME", "pind"),
    "orm": "default",
    # django-q2's ORM broker with a one-statement claim, a LISTEN/NOTIFY wake-up and
    # asynchronous commits of its own rows on PostgreSQL (why that is safe: jobs/broker.py);
    # Q_BROKER_CLASS= (empty) runs django-q2's own ORM broker.
    "broker_class": env("Q_BROKER_CLASS", "jobs.broker.PostgresBroker") or None,
    "workers": env_int("Q_WORKERS", 2),
    "timeout": PIND_JOB_TIMEOUT,
    # retry must exceed timeout, or a long task is handed to a second worker while it runs.
    "retry": PIND_JOB_TIMEOUT + 120,
    # Attempts are counted on our Job row; the broker never re-runs a task on its own.
    "max_attempts": 1,
    "ack_failures": True,
    # 0: django-q2 never prunes on save; the scheduled reaper keeps the newest PIND_TASKS_KEPT.
    "save_limit": env_int("Q_SAVE_LIMIT", 0),
    "catch_up": False,
    # Tasks the pusher claims per query (each is still claimed by its own UPDATE), and how
    # many claimed tasks may wait in this cluster for a free worker: small, so that with
    # several qcluster hosts a long job waits where a worker is free, not behind another.
    "bulk": env_int("Q_BULK", 2),
    "queue_limit": env_int("Q_QUEUE_LIMIT", env_int("Q_WORKERS", 2)),
    "poll": env_float("Q_POLL", 0.2),
    "guard_cycle": env_float("Q_GUARD_CYCLE", 0.5),
    # A worker is replaced after this many tasks, or sooner once its peak memory passes
    # Q_MAX_RSS_KB (a warm worker holds ~0.7 GB; a long OCR run can add more).
    "recycle": env_int("Q_RECYCLE", 1000),
    "max_rss": env_int("Q_MAX_RSS_KB", 2_000_000) or None,
    "sync": env_bool("Q_SYNC", False),
}
PIND_TASKS_KEPT = env_int("PIND_TASKS_KEPT", 1000)
# A queued or running job's status row kept per web process until PostgreSQL NOTIFYs that it
# changed (jobs/status_cache.py, migration jobs/0006); 0 reads it on every poll.
PIND_STATUS_NOTIFY = env_bool("PIND_STATUS_NOTIFY", True)
# The broker's own rows (task inserted, claimed, acknowledged) commit without waiting for
# the disk: safe because every task pind sends has its truth in a Job row or a schedule.
PIND_QUEUE_ASYNC_COMMIT = env_bool("Q_ASYNC_COMMIT", True)
if REDIS_URL and env_bool("Q_USE_REDIS", False):
    Q_CLUSTER.pop("orm")
    Q_CLUSTER["broker_class"] = None
    Q_CLUSTER["redis"] = REDIS_URL

# --- Pipeline backends -------------------------------------------------------------------

PIND_PIPELINE_VERSION = env_int("PIND_PIPELINE_VERSION", 1)
PIND_SOURCE = env("PIND_SOURCE", "local")
# Relative paths are taken from the project folder, whatever the working directory.
PIND_BUNDLES_DIR = BASE_DIR / env(
    "PIND_BUNDLES_DIR", str(BASE_DIR.parent / "shared" / "eval" / "dev")
)
PIND_MAX_VIDEO_SECONDS = env_int("PIND_MAX_VIDEO_SECONDS", 3 * 3600)
PIND_TRANSCRIPT_LANGUAGES = env_list("PIND_TRANSCRIPT_LANGUAGES", "ko,en")
PIND_OCR = env("PIND_OCR", "tesseract")
PIND_OCR_FPS = env_float("PIND_OCR_FPS", 1.0)
PIND_TESSERACT_CMD = env("PIND_TESSERACT_CMD", "tesseract")
PIND_TESSERACT_LANG = env("PIND_TESSERACT_LANG", "kor+eng")
PIND_EASYOCR_MODEL_DIR = env("PIND_EASYOCR_MODEL_DIR", str(VAR_DIR / "easyocr"))
PIND_ASR_MODEL = env("PIND_ASR_MODEL")
PIND_EXTRACTORS = env_list("PIND_EXTRACTORS", "rules,korean,english,gazetteer,sights")
PIND_GEOCODERS = env_list("PIND_GEOCODERS", "gazetteer")
PIND_HTTP_TIMEOUT = env_float("PIND_HTTP_TIMEOUT", 10.0)
# A run that fails for a reason that may pass (YouTube rate-limiting us, the network) is
# tried again this many times, after capped exponential backoff with jitter (step
# "retrying"), before the job fails with the error's stable code.
PIND_UPSTREAM_RETRIES = env_int("PIND_UPSTREAM_RETRIES", 3)
PIND_RETRY_BASE_SECONDS = env_float("PIND_RETRY_BASE_SECONDS", 5.0)
PIND_RETRY_MAX_SECONDS = env_float("PIND_RETRY_MAX_SECONDS", 60.0)
PIND_USER_AGENT = env("PIND_USER_AGENT", "pind/0.1 (+https://github.com/pind)")

YOUTUBE_COOKIES_FILE = env("YOUTUBE_COOKIES_FILE")
GEMINI_API_KEY = env("GEMINI_API_KEY")
GEMINI_MODEL = env("GEMINI_MODEL", "gemini-2.5-flash")
GEMINI_BASE_URL = env("GEMINI_BASE_URL")
# Any OpenAI-compatible server: empty base URL is OpenAI; Ollama is http://localhost:11434/v1.
OPENAI_API_KEY = env("OPENAI_API_KEY")
OPENAI_BASE_URL = env("OPENAI_BASE_URL")
OPENAI_MODEL = env("OPENAI_MODEL", "gpt-4.1-mini")
# Shared by the LLM extractors (gemini, openai): per request, per video, per answer kept.
PIND_LLM_TIMEOUT = env_float("PIND_LLM_TIMEOUT", 60.0)
PIND_LLM_RETRIES = env_int("PIND_LLM_RETRIES", 2)
PIND_LLM_BACKOFF_SECONDS = env_float("PIND_LLM_BACKOFF_SECONDS", 1.0)
PIND_LLM_CHUNK_TOKENS = env_int("PIND_LLM_CHUNK_TOKENS", 3000)
PIND_LLM_MAX_OUTPUT_TOKENS = env_int("PIND_LLM_MAX_OUTPUT_TOKENS", 4096)
PIND_LLM_MAX_TOKENS_PER_VIDEO = env_int("PIND_LLM_MAX_TOKENS_PER_VIDEO", 60000)
PIND_LLM_CACHE_SECONDS = env_int("PIND_LLM_CACHE_SECONDS", 90 * 86400)
KAKAO_REST_API_KEY = env("KAKAO_REST_API_KEY")
KAKAO_BASE_URL = env("KAKAO_BASE_URL", "https://dapi.kakao.com")
GOOGLE_MAPS_API_KEY = env("GOOGLE_MAPS_API_KEY")
GOOGLE_MAPS_BASE_URL = env("GOOGLE_MAPS_BASE_URL", "https://maps.googleapis.com")
NOMINATIM_DOMAIN = env("NOMINATIM_DOMAIN", "nominatim.openstreetmap.org")
NOMINATIM_SCHEME = env("NOMINATIM_SCHEME", "https")

# --- Pages ----------------------------------------------------------------------------

MAP_TILE_URL = env("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", "&copy; OpenStreetMap contributors")

# --- Logging ----------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
