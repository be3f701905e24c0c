#!/usr/bin/env bash
# Builds Plantrail and starts all of it locally: an embedded PostgreSQL (or DATABASE_URL), command-service on
# :8080, query-service on :8081, the 2009/10 demo plan and the Q2 2011/12 demo scorecard. Ctrl-C stops everything.
# ./run.sh import [options] FILE imports a plan or scorecard into a running command-service instead (./run.sh import --help).
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java -Dplantrail.root=. -jar local-run/target/local-run-*-exec.jar "$@"
