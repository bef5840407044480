"""The web server's settings (gunicorn reads ./gunicorn.conf.py; Docker and compose name it).

Threads (`gthread`), because by default a submit waits for its job (PIND_PROCESS_WAIT_SECONDS,
up to PIND_PROCESS_WAIT_MAX_SECONDS): a waiting request holds one thread and sleeps between
reads of the job row, so the other threads keep answering status polls and pages. Each
thread may hold one database connection: WEB_WORKERS × WEB_THREADS must stay under
PostgreSQL's max_connections (100 by default), beside the qcluster workers.
"""

import os

bind = os.environ.get("WEB_BIND", "0.0.0.0:8000")
worker_class = "gthread"
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "32"))
# A gthread worker keeps beating while its threads wait, so this only catches a stuck worker
# process; a waiting request is bounded by PIND_PROCESS_WAIT_MAX_SECONDS instead.
timeout = int(os.environ.get("WEB_TIMEOUT", "60"))
graceful_timeout = int(os.environ.get("WEB_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
accesslog = "-"
