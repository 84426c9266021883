# Löftesbot: multi-stage image, production dependencies only, non-root, no downloads beyond npm.
# The build stage uses the full Node image because it already has python3, make and g++ for
# better-sqlite3's native build (its prebuilt download is often unreachable from police networks).
FROM node:22-bookworm AS build
WORKDIR /app
# better-sqlite3 is compiled against this image's own Node headers (/usr/local/include/node): without
# these two settings its install fetches a prebuilt binary from github.com and node-gyp fetches the
# headers from nodejs.org, so the build would reach beyond npm (and fail where only npm is allowed).
ENV npm_config_build_from_source=better-sqlite3 \
    npm_config_nodedir=/usr/local
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=file:/app/data/loftesbot.db \
    PORT=3978
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json package-lock.json prisma.config.ts tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY prisma ./prisma
COPY promises ./promises
COPY --from=build /app/src/adapters/storage/generated ./src/adapters/storage/generated
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/loftesbot.js", "start"]
