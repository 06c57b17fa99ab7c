# One image for the API and the worker; the command picks the role.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV API_HOST=0.0.0.0
EXPOSE 3000
CMD ["npx", "tsx", "api/server.ts"]
