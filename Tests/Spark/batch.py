"""Runs several zhtext_spark.py jobs in one Python process, so that they share one Java virtual
machine: starting Spark's JVM takes most of a small job's time, a new SparkContext on a running
one a few seconds. Each job is one line of the jobs file, a JSON object with its name, the
driver's arguments and the file its standard error goes to; for each job, one line
`NAME STATUS` is printed, STATUS being the exit status the driver would have given.
Tests/Spark/run.sh uses it for its checks that need no environment of their own.
Usage: batch.py JOBS   (Integrations/spark on PYTHONPATH, so that Spark's workers import the driver)
"""
import json
import sys

import zhtext_spark


def run(job):
    errors = open(job["stderr"], "w", encoding="utf-8")
    saved, sys.stderr = sys.stderr, errors
    try:
        zhtext_spark.main(job["argv"])
        return 0
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    except Exception as error:  # a driver bug: the job fails, the others still run
        errors.write(f"batch.py: the driver raised {type(error).__name__}: {error}\n")
        return 1
    finally:
        sys.stderr = saved
        errors.close()


with open(sys.argv[1], encoding="utf-8") as jobs:
    for line in jobs:
        job = json.loads(line)
        print(job["name"], run(job), flush=True)
