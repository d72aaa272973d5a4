#!/usr/bin/env bash
# Archive paging at depth: JMH reads pages 1, 5,000 and 10,000 of a 100,000-message SQLite
# archive. Prints JMH's table; the ratio line compares the deepest page with the first.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main ArchivePagingBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -rf csv -rff target/archive-paging.csv "$@"
awk -F, 'NR>1 { gsub(/["\r]/, ""); score[$NF]=$5 } END { if (score[1] > 0) printf "page 10000 / page 1: %.2f\n", score[10000] / score[1] }' target/archive-paging.csv
