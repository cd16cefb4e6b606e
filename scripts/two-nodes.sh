#!/usr/bin/env bash
# Proof that the daily reminder run is cluster-safe (SPEC 7, reminders issue): two instances of the
# production jar on one MariaDB database, both scheduled every 20 seconds, for about 70 seconds. Each
# firing must be run by exactly one node (one row in reminder_run per firing) and no reminder may be
# raised twice (one unresolved reminder per rule, unit and subject).
#
# Usage: scripts/two-nodes.sh   (after ./mvnw -Pproduction -DskipTests package; MariaDB on 127.0.0.1:3306,
# root over the socket to create the database par_twonodes)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${JAR:-$ROOT/target/par-steering-0.1.0-SNAPSHOT.jar}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT="$ROOT/target/two-nodes"
mkdir -p "$OUT"
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }

mariadb -uroot <<'SQL'
DROP DATABASE IF EXISTS par_twonodes;
CREATE DATABASE par_twonodes CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'par_test'@'localhost' IDENTIFIED BY 'par_test';
CREATE USER IF NOT EXISTS 'par_test'@'127.0.0.1' IDENTIFIED BY 'par_test';
GRANT ALL PRIVILEGES ON par_twonodes.* TO 'par_test'@'localhost', 'par_test'@'127.0.0.1';
SQL

start() { # name port
    SPRING_PROFILES_ACTIVE=mariadb,demo \
    DB_URL=jdbc:mariadb://127.0.0.1:3306/par_twonodes DB_USER=par_test DB_PASSWORD=par_test \
    PAR_REMINDERS_CRON='*/20 * * * * *' \
        "$JAVA_HOME/bin/java" -jar "$JAR" --server.port="$2" --par.node-name="$1" \
        --par.reminders.lock-at-least=PT10S >"$OUT/$1.log" 2>&1 </dev/null &
    echo $!
}
wait_up() { # port
    for _ in $(seq 1 120); do
        curl -sf "http://localhost:$1/actuator/health" >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "node on port $1 did not start" >&2
    return 1
}

# The first node creates the schema and the demo data; the second joins the same database.
A=$(start node-a 18181)
trap 'kill $A ${B:-} 2>/dev/null || true' EXIT
wait_up 18181
B=$(start node-b 18182)
wait_up 18182
echo "both nodes up; letting the schedule fire for 70 s"
mariadb -uroot par_twonodes -e "DELETE FROM reminder_run WHERE trigger_by = 'schedule'"
sleep 70
kill $A $B
wait $A $B 2>/dev/null || true
trap - EXIT

echo
echo "== runs of the schedule (one row per firing, the node that took the lock)"
mariadb -uroot par_twonodes -e "SELECT node, trigger_by, started_at, raised, still_open, resolved, escalated FROM reminder_run WHERE trigger_by = 'schedule' ORDER BY started_at"
echo "== firings run by more than one node (must be empty)"
mariadb -uroot par_twonodes -e "SELECT MIN(started_at) AS firing, COUNT(*) AS runs FROM reminder_run WHERE trigger_by = 'schedule' GROUP BY FLOOR(UNIX_TIMESTAMP(started_at) / 20) HAVING COUNT(*) > 1"
echo "== unresolved reminders raised twice (must be 0)"
mariadb -uroot par_twonodes -N -e "SELECT COUNT(*) FROM (SELECT rule, unit_id, subject FROM reminder WHERE state <> 'RESOLVED' GROUP BY rule, unit_id, subject HAVING COUNT(*) > 1) x"
echo "== skips logged by the nodes"
grep -c "skipped on this node" "$OUT/node-a.log" "$OUT/node-b.log" || true
