# syntax=docker/dockerfile:1
# PAR Steering: production image. Build: docker build -t par-steering .   Run: see docker-compose.yml.
# The Vaadin production build uses Vaadin's prebuilt production bundle, so no Node/npm is needed.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY frontend/ frontend/
COPY src/main/ src/main/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -Pproduction -DskipTests package \
 && cp target/par-steering-*.jar /build/app.jar

FROM eclipse-temurin:25-jre
# curl for the health check (the Temurin 25 images no longer ship it).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system par \
 && useradd --system --gid par --home-dir /app --no-create-home --shell /usr/sbin/nologin par \
 && mkdir -p /app /var/lib/par \
 && chown par:par /var/lib/par
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar

ENV SPRING_PROFILES_ACTIVE=mariadb \
    SERVER_PORT=8080 \
    PAR_DATA_DIR=/var/lib/par \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/var/lib/par"]
USER par
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
