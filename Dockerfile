# syntax=docker/dockerfile:1
# Production images on Node 24 LTS, one target per role:
#   docker build --target api -t supportai-api .
#   docker build --target worker -t supportai-worker .
# Only compiled JavaScript, the prebuilt workflow bundle and production dependencies reach
# the final images: no TypeScript tooling, simulators, embedded PostgreSQL or secrets.

FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY workflows workflows
COPY activities activities
COPY api api
COPY worker worker
COPY infra infra
COPY cli cli
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist dist
COPY bin bin
# The image's own unprivileged user (uid 1000 in the node image).
USER node

FROM runtime AS api
ENV API_HOST=0.0.0.0 API_PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/api/server.js"]

FROM runtime AS worker
ENV WORKER_HTTP_HOST=0.0.0.0 WORKER_HTTP_PORT=9464
EXPOSE 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:9464/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The worker stops gracefully on SIGTERM within SHUTDOWN_GRACE_SECONDS; give it that long.
STOPSIGNAL SIGTERM
CMD ["node", "dist/worker/main.js"]
