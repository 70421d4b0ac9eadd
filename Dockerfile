# heed in a container: `heed serve` (webhooks, HTTP API, web UI) on port 8000.
# Built from this repository alone: docker build -t heed .   (or: podman build -t heed .)
# compose.yaml runs it with PostgreSQL; README.md, "Running in production", says what to set.
ARG BASE=python:3.12-slim-bookworm

FROM ${BASE} AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN python3 -m venv /opt/heed \
 && /opt/heed/bin/pip install --no-cache-dir --disable-pip-version-check .

FROM ${BASE}
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/heed --create-home heed
COPY --from=build /opt/heed /opt/heed
ENV PATH=/opt/heed/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HEED_DATA_DIR=/var/lib/heed/data
USER heed
WORKDIR /var/lib/heed
VOLUME ["/var/lib/heed"]
EXPOSE 8000
# 200 only when the database answers (GET /healthz).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python3", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"]
ENTRYPOINT ["heed"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
