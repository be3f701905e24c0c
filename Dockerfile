# Builds one Plantrail service image. Pick the service with the build arg SERVICE:
#   docker build --build-arg SERVICE=command-service -t plantrail/command-service .
#   docker build --build-arg SERVICE=query-service   -t plantrail/query-service .
# docker-compose.yml builds both.

# --- build: the whole reactor is the context, Maven builds only SERVICE and the modules it needs (-am).
FROM eclipse-temurin:17-jdk-noble AS build
ARG SERVICE
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 (and the Maven the wrapper downloads) between builds, so a rebuild after a
# source change does not download every dependency again.
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${SERVICE}" && test -f "${SERVICE}/pom.xml" \
    && ./mvnw -B -q -DskipTests package -pl ${SERVICE} -am

# --- runtime: a JRE only. Ubuntu-based on purpose: the Temurin Ubuntu images install curl, which the
# healthchecks in docker-compose.yml use; the Alpine and UBI variants do not ship it.
FROM eclipse-temurin:17-jre-noble
ARG SERVICE
RUN groupadd --system plantrail && useradd --system --gid plantrail --no-create-home plantrail
WORKDIR /app
# The spring-boot-maven-plugin's repackaged jar (classifier exec); the plain jar beside it is not runnable.
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /app/app.jar
USER plantrail
# No EXPOSE: the port comes from the PORT environment variable (8080 command-service, 8081 query-service).
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
