#!/bin/sh
# Launcher for Temporal's Java time-skipping test server, used as the `existing-path`
# executable of TestWorkflowEnvironment.createTimeSkipping().
#
# The SDK runs it as `<this file> <port> [extraArgs...]` and stops it with SIGKILL, so the
# JVM must replace this shell (`exec`); otherwise the kill would orphan it.
# java-test-server.ts installs a copy of this file beside the resolved classpath.txt and
# the compiled classes/. C1 only and the serial collector: a test server wants a fast
# start and a small heap more than peak throughput.
set -eu
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -cp "$here/classes:$(cat "$here/classpath.txt")" LoopbackTestServer "$@"
