FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIND_MANIFEST_STATIC=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-kor tesseract-ocr-eng \
    ffmpeg fonts-nanum \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY pind ./pind
COPY accounts ./accounts
COPY videos ./videos
COPY places ./places
COPY jobs ./jobs
RUN pip install --no-cache-dir .
COPY . .
# A throwaway key: collectstatic signs nothing, and placeholders are refused.
RUN SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
    python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["gunicorn", "pind.wsgi:application", "--config", "gunicorn.conf.py"]
