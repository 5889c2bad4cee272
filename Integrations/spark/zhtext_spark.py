#!/usr/bin/env python3
"""Runs zhtext on Apache Spark: each task runs the zhtext binary over its partition.

    python3 zhtext_spark.py [--master URL] [--partitions N] [--reduce-by-key] COMMAND INPUT... --output OUT [zhtext options]
    spark-submit zhtext_spark.py [--partitions N] [--reduce-by-key] COMMAND INPUT... --output OUT [zhtext options]

COMMAND is a zhtext command and the options are zhtext's own.

* freq, collocations, compare, trend, collocates, count (--dictionary), entities: every task
  runs `zhtext COMMAND --partial` over its partition;
  the partials are summed in a tree of zhtext runs on the executors (buckets of 16
  neighbouring partials, each `zhtext merge --partial`, until 16 or fewer are left; with
  --reduce-by-key instead by Spark's reduceByKey on the partial records, slower in Python, but
  spread over the cluster by key), and `zhtext merge` on the
  driver renders the sums with the same code as a single run, so OUT is byte for byte what
  `zhtext COMMAND INPUT... [options] -o OUT` writes. compare takes `--target FILES...
  --reference FILES...` instead of INPUT (a reference corpus is needed: a comparison against
  general Chinese has no partial form).
* lifecycle: as freq, with --term or --terms (and --variants for the variant forms: the tasks
  find none of their own); its partials hold earliest occurrences, not sums, so they are merged
  by zhtext alone (--reduce-by-key is refused).
* segment, quotes, keywords, essays, kwic, phrases: map only; OUT is a folder of partitions
  (part-00000, …), each a CSV with its header (or segment's own format). keywords and phrases
  learn phrases from the documents of their partition, so they differ from one run over all.

Inputs:
* local files and folders (walked as zhtext walks them: name order, hidden files and README
  files left out): text in any encoding zhtext detects, or .jsonl files. Each task runs zhtext
  on the paths themselves, so they must be readable at the same path on every executor (local
  mode, NFS or another shared mount); document names are the paths, as in a single run.
* URIs with a scheme (hdfs://, s3a://, file://): folders or files of JSON Lines, read by Spark
  line by line and piped to `zhtext --input-format jsonl -`; or Parquet (a path ending in
  .parquet, or --input-format parquet) with id and text columns (--id-field, --text-field).

The zhtext binary: $ZHTEXT_BIN, else a file named zhtext shipped with `--files` (SparkFiles),
else zhtext on PATH; on a cluster install it on every node (with jieba's dictionary, as the
driver has it) or ship it: `spark-submit --files /usr/local/bin/zhtext …`. Partials record the
lexicon they were made with, so nodes with other dictionaries make the merge fail, not drift.

Each task gives zhtext its paths in a file (`zhtext --paths-from FILE`), so a partition may
hold any number of files. The options zhtext takes without a value (--raw-cells,
--substring, …) are read from the binary itself (`zhtext COMMAND --experimental-dump-help`).

Map-only output to a local folder (a path without a scheme, or file://) is written by the
driver byte for byte as zhtext wrote it, so --output-encoding GB18030 and segment's
pass-through of invalid UTF-8 come out as in a single run; to a URI (hdfs://, s3a://) Spark
writes it as UTF-8: --output-encoding other than UTF-8 is refused there, and bytes that are not
UTF-8 are replaced by U+FFFD with a warning. OUT must not exist yet (checked before any task
runs); it appears only when every task succeeded.

The exit status is 0 when every task succeeded, 1 when some input could not be read (as
zhtext's: reported, the rest read), 2 for a usage error (including a zhtext binary that
cannot run), and 3 when a task failed (zhtext killed by a signal, or an exit status zhtext
does not give for unreadable inputs): then no output is written. The messages of every task's
zhtext go to standard error.
"""

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

REDUCED = {"freq", "collocations", "compare", "trend", "lifecycle", "collocates", "count", "entities"}
# Commands whose partial records are all KIND, GROUP, TEXT, SUMS… (zhtext sums them without
# knowing them): a record's group may name a document, kept apart per task.
GENERIC = {"collocates", "count", "entities"}
MAP_ONLY = {"segment", "quotes", "keywords", "essays", "kwic", "phrases"}
# zhtext options without a value, by command, read from the binary (`flags_of`); every other
# option takes one (compare's --target and --reference take several).
FLAGS = set()
# Options that only shape the table: given to `zhtext merge`, not to the partial runs.
RENDER_VALUE = {"--top", "--min-count", "--format", "--output-encoding", "--p-value", "--measure", "--min-freq",
                "--min-mentions"}
RENDER_FLAGS = {"--bom", "--substitute", "--bonferroni", "--raw-cells"}
# The driver's exit status when a task failed (no output written).
TASK_FAILED = 3
# Trailing sum fields of each partial record kind (see zhtext's README, Partial results).
SUM_FIELDS = {"group": 1, "term": 2, "total": 1, "pair": 1, "first": 1, "second": 1}
GLOBAL_GROUPS = {"*", "target", "reference"}


STARTED = time.time()


def stage(message):
    """With $ZHTEXT_SPARK_STATS set, says on standard error how long the run has taken so far."""
    if os.environ.get("ZHTEXT_SPARK_STATS"):
        sys.stderr.write(f"zhtext_spark: {time.time() - STARTED:6.1f} s  {message}\n")


USAGE = "usage: zhtext_spark.py [--master URL] [--partitions N] [--reduce-by-key] COMMAND INPUT... --output OUT [zhtext options]\n"


def usage(message):
    sys.stderr.write(f"zhtext_spark: error: {message}\n{USAGE}")
    sys.exit(2)


def fail(message, status=1):
    """One line on standard error, and the exit status."""
    sys.stderr.write(f"zhtext_spark: error: {message}\n")
    sys.exit(status)


def flags_of(command):
    """The options of `zhtext COMMAND` that take no value, as zhtext itself lists them."""
    try:
        binary = zhtext_binary()
    except RuntimeError as error:
        usage(str(error))
    try:
        dump = subprocess.run([binary, command, "--experimental-dump-help"], capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as error:
        usage(f"cannot run the zhtext binary {binary}: {error}")
    try:
        arguments = json.loads(dump.stdout.decode("utf-8"))["command"]["arguments"]
    except (ValueError, KeyError, UnicodeDecodeError):
        usage(f"{binary} is not a zhtext that lists its options (`{command} --experimental-dump-help` "
              f"exited with status {dump.returncode})")
    flags = set()
    for argument in arguments:
        if argument.get("kind") == "flag":
            for name in argument.get("names", []):
                flags.add(("--" if name.get("kind") == "long" else "-") + name["name"])
    return flags


def parse(argv):
    """Splits the command line into the driver's settings, the inputs and zhtext's options."""
    settings = {"master": None, "partitions": None, "reduce-by-key": False}
    args = list(argv)
    if not args or args[0] in ("--help", "-h") or (args and args[0] == "help"):
        sys.stdout.write(__doc__.lstrip("\n") + "\n" + USAGE)
        sys.exit(0 if args else 2)
    while args and args[0] in ("--master", "--partitions", "--reduce-by-key"):
        if args[0] == "--reduce-by-key":
            settings["reduce-by-key"] = True
            args = args[1:]
            continue
        if len(args) < 2:
            usage(f"{args[0]} needs a value")
        settings[args[0][2:]] = args[1]
        args = args[2:]
    if not args:
        usage("no COMMAND")
    command, args = args[0], args[1:]
    if command in ("--help", "-h"):
        sys.stdout.write(__doc__.lstrip("\n") + "\n" + USAGE)
        sys.exit(0)
    if command not in REDUCED | MAP_ONLY:
        usage(f"unknown or unsupported command '{command}' (one of {', '.join(sorted(REDUCED | MAP_ONLY))})")
    if settings["partitions"] is not None and not (settings["partitions"].isdigit() and int(settings["partitions"]) > 0):
        usage(f"--partitions takes a positive whole number, not '{settings['partitions']}'")
    FLAGS.clear()
    FLAGS.update(flags_of(command))
    inputs, options, output = [], [], None
    sides = {"--target": [], "--reference": []}
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in ("--output", "-o"):
            if index + 1 >= len(args):
                usage("--output needs a value")
            output = args[index + 1]
            index += 2
        elif arg in sides:
            index += 1
            while index < len(args) and not args[index].startswith("-"):
                sides[arg].append(args[index])
                index += 1
        elif arg.startswith("--") and "=" in arg:
            options.append(arg)
            index += 1
        elif arg in FLAGS:
            options.append(arg)
            index += 1
        elif arg.startswith("-") and arg != "-":
            if index + 1 >= len(args):
                usage(f"{arg} needs a value")
            options += [arg, args[index + 1]]
            index += 2
        else:
            inputs.append(arg)
            index += 1
    if output is None:
        usage("--output OUT is required")
    if "--partial" in options:
        usage("--partial is the driver's business; leave it out")
    if command == "lifecycle":
        if not any(arg.split("=", 1)[0] in ("--term", "--terms") for arg in options):
            usage("lifecycle on Spark needs --term or --terms: the candidates of a partition are not those of the corpus")
        if settings["reduce-by-key"]:
            usage("lifecycle's partials hold earliest occurrences, not sums: leave out --reduce-by-key")
    if command == "compare" and "--by" in options:
        # Each group against the rest or the period before: plain inputs, summed as freq's.
        if sides["--target"] or sides["--reference"]:
            usage("compare --by takes plain inputs, not --target or --reference")
        if not inputs:
            usage("no INPUT")
        inputs = [(None, path) for path in inputs]
    elif command == "compare":
        if inputs:
            usage("compare takes --target FILES... --reference FILES..., not plain inputs (or --by KEY)")
        if not sides["--target"]:
            usage("compare needs --target")
        if not sides["--reference"]:
            usage("compare on Spark needs --reference: a comparison against general Chinese has no partial form; "
                  "run `zhtext compare --target …` in one go")
        inputs = [("target", path) for path in sides["--target"]] + [("reference", path) for path in sides["--reference"]]
    else:
        if not inputs:
            usage("no INPUT")
        inputs = [(None, path) for path in inputs]
    return settings, command, inputs, options, output


def option_value(options, name, default=None):
    for index, arg in enumerate(options):
        if arg == name and index + 1 < len(options):
            return options[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return default


def split_options(options):
    """(options for the partial runs, options for `zhtext merge`)."""
    counting, rendering = [], []
    index = 0
    while index < len(options):
        arg = options[index]
        name = arg.split("=", 1)[0]
        takes_value = "=" not in arg and arg not in FLAGS
        chunk = options[index:index + (2 if takes_value else 1)]
        index += len(chunk)
        if name in RENDER_VALUE or name in RENDER_FLAGS:
            rendering += chunk
        else:
            counting += chunk
            if name in ("--lexicon", "--dict"):
                rendering += chunk  # compare's merge orders equal keywords with the lexicon
            if name == "--by":
                rendering += chunk  # checked by merge
            if name == "--dictionary":
                rendering += chunk  # count: merge reads the categories and checks the partials
    return counting, rendering


def walk(path, problems):
    """The files under a local path, as zhtext walks them; folders that cannot be listed and
    entries that are skipped are added to `problems` as (severity, path, message)."""
    if not os.path.isdir(path):
        return [path]
    found = []

    def visit(folder):
        try:
            names = os.listdir(folder)
        except OSError as error:
            problems.append(("error", folder, f"cannot list this folder: {(error.strerror or str(error)).lower()}"))
            return
        for name in names:
            if name.startswith("."):
                continue
            full = folder + name if folder.endswith("/") else folder + "/" + name
            try:
                os.lstat(full)
            except FileNotFoundError:
                continue  # gone since the listing
            except OSError as error:  # a path longer than PATH_MAX, as zhtext reports it
                problems.append(("error", full, f"cannot read: {(error.strerror or str(error)).lower()}"))
                continue
            try:
                os.stat(full)
            except OSError as error:
                problems.append(("warning", full, f"cannot read: {(error.strerror or str(error)).lower()} (skipped)"))
                continue
            if os.path.isdir(full):
                if not os.path.islink(full):
                    visit(full)
            elif os.path.isfile(full):
                lower = name.lower()
                if lower != "readme" and not lower.startswith("readme."):
                    found.append(full)
            else:
                problems.append(("warning", full, "not a regular file (a FIFO, device or socket; skipped)"))

    visit(path)
    return sorted(found)


def zhtext_binary():
    """$ZHTEXT_BIN, a zhtext shipped with --files, or zhtext on PATH."""
    if os.environ.get("ZHTEXT_BIN"):
        return os.environ["ZHTEXT_BIN"]
    try:
        from pyspark import SparkFiles
        shipped = SparkFiles.get("zhtext")
        if os.path.isfile(shipped):
            if not os.access(shipped, os.X_OK):
                os.chmod(shipped, 0o755)
            return shipped
    except Exception:
        pass
    found = shutil.which("zhtext")
    if found:
        return found
    raise RuntimeError("zhtext not found: set ZHTEXT_BIN, put zhtext on PATH, or ship it with --files")


def run_zhtext(arguments, stdin_lines=None, stdin_bytes=None):
    """Runs zhtext; returns (status, stdout bytes, stderr text, peak RSS of zhtext in KiB)."""
    binary = zhtext_binary()
    stdin = subprocess.DEVNULL
    spool = None
    if stdin_lines is not None or stdin_bytes is not None:
        spool = tempfile.TemporaryFile()
        for line in stdin_lines or []:
            spool.write(line.encode("utf-8"))
            spool.write(b"\n")
        for chunk in stdin_bytes or []:
            spool.write(chunk)
        spool.seek(0)
        stdin = spool
    try:
        process = subprocess.Popen([binary] + arguments, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as error:
        if spool:
            spool.close()
        return 127, b"", f"zhtext_spark: error: cannot run the zhtext binary {binary}: {error}\n", 0
    out, err = process.communicate()
    if spool:
        spool.close()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return process.returncode, out, err.decode("utf-8", "replace"), peak


def task(command, arguments, mode, input_options):
    """The function each partition runs: zhtext over its documents. Yields ("meta", …) once and
    ("out", bytes) with zhtext's standard output."""

    def run(index, rows):
        rows = list(rows)
        if mode == "files":
            if not rows:
                return
            # The paths go in files (`--paths-from`), never on the command line: a partition
            # may hold more paths than the system's argument limit allows.
            lists = []

            def listed(paths):
                handle = tempfile.NamedTemporaryFile(prefix="zhtext-paths-", delete=False)
                handle.write(b"".join(os.fsencode(path) + b"\0" for path in paths))
                handle.close()
                lists.append(handle.name)
                return ["--paths-from", handle.name]

            if command == "compare" and any(which is not None for which, _ in rows):
                args = [command] + arguments
                for side in ("target", "reference"):
                    paths = [path for which, path in rows if which == side]
                    if paths:
                        args += ["--" + side] + listed(paths)
            else:
                args = [command] + arguments + listed([path for _, path in rows])
            started = time.time()
            try:
                status, out, err, peak = run_zhtext(args)
            finally:
                for name in lists:
                    os.unlink(name)
        else:
            if not rows and command in REDUCED:
                # An empty partition adds nothing to the sums, and zhtext would refuse a
                # --by FIELD that none of its (no) documents has.
                return
            started = time.time()
            status, out, err, peak = run_zhtext([command] + arguments + input_options + ["-"], stdin_lines=rows)
            err = err.replace("zhtext: error: -: ", f"zhtext: error: partition {index}: ").replace(
                "zhtext: warning: -: ", f"zhtext: warning: partition {index}: ")
        yield ("meta", index, status, err, peak, time.time() - started, len(rows))
        yield ("out", index, out)

    return run


def records_of_partial(item, command=None):
    """(key, sums) pairs of one task's partial output, document groups made unique by the
    task's partition number (so that they stay apart and in input order)."""
    _, index, out = item
    # The header's sum lines say how each record kind sums (SUM_FIELDS for older partials).
    sum_fields = dict(SUM_FIELDS)
    for line in out.decode("utf-8").split("\n"):
        if not line:
            continue
        fields = line.split("\t")
        kind = fields[0]
        if kind == "sum" and len(fields) == 3:
            sum_fields[fields[1]] = int(fields[2])
            continue
        if kind in ("zhtext-partial", "option", "end"):
            continue
        sums = sum_fields[kind]
        # Groups of field values alone (`=[...]`, freq --by FIELD) span documents and tasks.
        if (kind in ("group", "term") or command in GENERIC) and fields[1] not in GLOBAL_GROUPS \
                and not fields[1].startswith("="):
            fields[1] = f"{index}.{fields[1]}"
        yield "\t".join(fields[:-sums]), tuple(int(value) for value in fields[-sums:])


def merge_bucket(command):
    """The function each bucket of partials runs: `zhtext merge --partial` over them in order,
    yielding (bucket, merged partial); a failed merge fails the task with zhtext's message."""

    def run(bucket, items):
        partials = [data for _, (_, data) in sorted(items, key=lambda item: item[1][0])]
        if not partials:
            return
        failed = next((data for data in partials if isinstance(data, str)), None)
        if failed is not None:
            yield (bucket, failed)  # a failure below: passed up to the driver as it is
            return
        status, out, err, _ = run_zhtext(["merge", "--as", command, "--partial", "-"], stdin_bytes=partials)
        if status != 0:
            # Not raised: Spark would retry the task and log every attempt's trace.
            yield (bucket, f"zhtext merge --partial failed in bucket {bucket} ({describe_status(status)}): {err.strip()}")
            return
        yield (bucket, out)

    return run


class MergeFailure(RuntimeError):
    """A merge of partials on an executor failed; its message is zhtext's."""


def header_of_partial(item):
    _, index, out = item
    lines = [line for line in out.decode("utf-8").split("\n") if line.startswith(("zhtext-partial\t", "option\t", "sum\t"))]
    return "\n".join(lines) + "\n"


def add(left, right):
    return tuple(a + b for a, b in zip(left, right))


def main(argv):
    settings, command, inputs, options, output = parse(argv)
    try:
        from pyspark import SparkConf, SparkContext, StorageLevel
    except ImportError as error:
        fail(f"PySpark is not installed ({error}); run with spark-submit or `pip install pyspark`", 2)
    local_output = is_local(output)
    if not local_output and option_value(options, "--output-encoding", "UTF-8").replace("-", "").upper() != "UTF8" \
            and command in MAP_ONLY:
        usage(f"map-only output to {output} is written by Spark as UTF-8: leave out --output-encoding, "
              "or write to a local folder")
    if local_output and os.path.exists(local_path(output)) and (command in MAP_ONLY or os.path.isdir(local_path(output))):
        fail(f"{output} exists already: give a new {'folder' if command in MAP_ONLY else 'file'} for --output "
             "(nothing was run)", 2)
    for _, path in inputs:
        if is_local(path) and not os.path.exists(local_path(path)):
            fail(f"{path}: no such file or folder (nothing was run)", 1)

    conf = SparkConf().setAppName(f"zhtext {command}")
    if settings["master"]:
        conf = conf.setMaster(settings["master"])
    elif "spark.master" not in conf.toDebugString():
        conf = conf.setMaster("local[*]")
    conf = conf.set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("ERROR")
    try:
        status = run(sc, StorageLevel, settings, command, inputs, options, output)
    except MergeFailure as error:
        fail(str(error), TASK_FAILED)
    except Exception as error:  # Spark's errors (Py4JJavaError) carry the cause in their first lines
        fail(spark_error_summary(error), TASK_FAILED)
    finally:
        sc.stop()
    sys.exit(status)


def spark_error_summary(error):
    """The first line that says what went wrong in a Spark (Java or Python) error, not its trace."""
    text = str(error)
    for marker in ("MergeFailure: ", "InvalidInputException: ", "FileNotFoundException: ", "FileAlreadyExistsException: ",
                   "AnalysisException: ", "Exception: "):
        for line in text.splitlines():
            if marker in line:
                return line.split(marker, 1)[1].strip()[:500]
    first = next((line for line in text.splitlines() if line.strip()), type(error).__name__)
    return first.strip()[:500]


def is_local(path):
    return "://" not in path or path.startswith("file://")


def local_path(path):
    return path[len("file://"):] if path.startswith("file://") else path


def run(sc, StorageLevel, settings, command, inputs, options, output):
    """Runs the job; returns the exit status (or exits with a message)."""
    stage("Spark context ready")
    partitions = int(settings["partitions"]) if settings["partitions"] else sc.defaultParallelism
    if not is_local(output):
        jvm_path = sc._jvm.org.apache.hadoop.fs.Path(output)
        if jvm_path.getFileSystem(sc._jsc.hadoopConfiguration()).exists(jvm_path):
            fail(f"{output} exists already: give a new folder for --output (nothing was run)", 2)

    input_format = option_value(options, "--input-format", "auto")
    id_field = option_value(options, "--id-field", "id")
    text_field = option_value(options, "--text-field", "text")
    is_remote = lambda path: "://" in path
    parquet = input_format == "parquet" or any(path.rstrip("/").endswith(".parquet") for _, path in inputs)
    status = 0
    if parquet or any(is_remote(path) for _, path in inputs):
        if command == "compare" and "--by" not in options:
            usage("compare on Spark reads local files (--target and --reference paths)")
        mode = "records"
        paths = [path for _, path in inputs]
        for path in paths:
            if is_local(path) and not os.path.exists(local_path(path)):
                fail(f"{path}: no such file or folder", 1)
        if parquet:
            from pyspark.sql import SparkSession

            spark = SparkSession(sc)
            frame = spark.read.parquet(*paths).select(id_field, text_field)
            lines = frame.rdd.map(lambda row: json.dumps({id_field: row[0], text_field: row[1]}, ensure_ascii=False))
            lines = lines.repartition(partitions) if settings["partitions"] else lines
        else:
            lines = sc.textFile(",".join(paths), minPartitions=partitions)
        source = lines
        # zhtext reads the records as JSON Lines; parquet is the driver's own format name.
        options = [arg for arg in remove_option(options, "--input-format") if not arg.startswith("--input-format=")]
        input_options = ["--input-format", "jsonl"]
    else:
        mode = "files"
        files = []
        problems = []
        for side, path in inputs:
            if not os.path.exists(path):
                fail(f"{path}: no such file or folder", 1)
            files += [(side, name) for name in walk(path, problems)]
        for severity, path, message in problems:
            sys.stderr.write(f"zhtext_spark: {severity}: {path}: {message}\n")
        if any(severity == "error" for severity, _, _ in problems):
            status = 1  # as zhtext: reported, the rest read
        if not files:
            fail("no files to read", 1)
        # Contiguous slices keep the input order: partition 0 holds the first files.
        source = sc.parallelize(files, min(partitions, len(files)))
        input_options = []

    counting, rendering = split_options(options)
    reduce_step = command in REDUCED
    arguments = (["--partial"] + counting) if reduce_step else options_for_map(command, options)
    results = source.mapPartitionsWithIndex(task(command, arguments, mode, input_options))
    results.persist(StorageLevel.MEMORY_AND_DISK)
    metas = results.filter(lambda item: item[0] == "meta").collect()
    stage(f"{len(metas)} tasks done; their zhtext ran {sum(meta[5] for meta in metas):.1f} s in all")
    outputs = results.filter(lambda item: item[0] == "out")
    incomplete = [] if not reduce_step else [
        index for index, data in outputs.map(lambda item: (item[1], item[2][:15])).collect()
        if not data.startswith(b"zhtext-partial\t")]
    status = max(status, report(metas, incomplete))
    if status == TASK_FAILED:
        fail(f"{sum(1 for meta in metas if task_failed(meta, incomplete))} task(s) failed: no output written", TASK_FAILED)
    if reduce_step:
        if settings["reduce-by-key"]:
            merged_partials = reduce_by_key(outputs, command)
        else:
            merged_partials = merge_in_tree(outputs, command, results.getNumPartitions())
        stage("partials summed")
        merge = subprocess.run([zhtext_binary(), "merge", "--as", command] + rendering + ["-o", output, "-"],
                               input=b"".join(merged_partials))
        stage("table written by zhtext merge")
        if merge.returncode != 0:
            return merge.returncode
    elif is_local(output):
        write_parts(outputs, local_path(output))
    else:
        def text_of(item):
            try:
                return item[2].decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                return item[2].decode("utf-8", "replace").rstrip("\r\n")
        invalid = outputs.filter(lambda item: not valid_utf8(item[2])).map(lambda item: item[1]).collect()
        for index in invalid:
            sys.stderr.write(f"zhtext_spark: warning: task {index}: its output is not valid UTF-8; Spark writes UTF-8, "
                             "so the bad bytes were replaced by U+FFFD\n")
        outputs.map(text_of).filter(lambda text: text != "").saveAsTextFile(output)
    return status


def valid_utf8(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def write_parts(outputs, folder):
    """Writes each task's output as it is (any encoding, any bytes) to part-NNNNN files of a
    new local folder, which appears under its name only when complete (with _SUCCESS)."""
    parent = os.path.dirname(os.path.abspath(folder))
    staging = tempfile.mkdtemp(prefix="." + os.path.basename(folder.rstrip("/")) + ".zhtext-", dir=parent)
    try:
        number = 0
        for _, _, data in outputs.toLocalIterator():
            if not data:
                continue
            with open(os.path.join(staging, f"part-{number:05d}"), "wb") as part:
                part.write(data)
            number += 1
        open(os.path.join(staging, "_SUCCESS"), "wb").close()
        os.chmod(staging, 0o777 & ~current_umask())
        os.rename(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def merge_in_tree(outputs, command, partitions, fan_in=16):
    """Sums the tasks' partials with zhtext itself, in a tree of merges on the executors: while
    more than `fan_in` partials are left, neighbouring ones are merged by `zhtext merge
    --partial` in buckets of about `fan_in` (64 → 4; 8,000 → 500 → 32 → 2). Returns the last
    level's partials in order, for the driver's final merge."""
    level = outputs.map(lambda item: (item[1], item[2]))
    count = partitions
    while count > fan_in:
        buckets = -(-count // fan_in)
        level = (level.map(lambda item, b=buckets, n=count: (item[0] * b // n, item))
                 .partitionBy(buckets, lambda bucket: bucket)
                 .mapPartitionsWithIndex(merge_bucket(command)))
        count = buckets
    merged = [data for _, data in sorted(level.collect(), key=lambda item: item[0])]
    failed = next((data for data in merged if isinstance(data, str)), None)
    if failed is not None:
        raise MergeFailure(failed)
    return merged


def reduce_by_key(outputs, command=None):
    """Sums the tasks' partials record by record with Spark's reduceByKey (every field but the
    trailing sums is the key); returns one partial."""
    headers = outputs.map(header_of_partial).distinct().collect()
    if len(headers) != 1:
        sys.stderr.write("zhtext_spark: error: the tasks' partials differ in their options:\n" + "\n---\n".join(headers))
        sys.exit(1)
    summed = outputs.flatMap(lambda item: records_of_partial(item, command)).reduceByKey(add)
    lines = [headers[0].encode("utf-8")]
    checksum = RecordChecksum()
    for key, sums in summed.toLocalIterator():
        line = (key + "\t" + "\t".join(str(value) for value in sums) + "\n").encode("utf-8")
        checksum.add(line)
        lines.append(line)
    lines.append(checksum.trailer())
    return lines


class RecordChecksum:
    """A partial's trailer, `end<TAB>RECORDS<TAB>CHECKSUM`: the number of record lines and their
    FNV-1a hash (64 bits, lower-case hex), as zhtext writes and checks it."""

    def __init__(self):
        self.lines, self.hash = 0, 0xCBF29CE484222325

    def add(self, line):
        for byte in line:
            self.hash = ((self.hash ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
        self.lines += line.count(b"\n")

    def trailer(self):
        return f"end\t{self.lines}\t{self.hash:x}\n".encode("utf-8")


def remove_option(options, name):
    result, skip = [], False
    for arg in options:
        if skip:
            skip = False
            continue
        if arg == name:
            skip = True
            continue
        result.append(arg)
    return result


def options_for_map(command, options):
    """Map-only commands write CSV unless a format is given (segment keeps its own formats)."""
    if command == "segment" or option_value(options, "--format"):
        return options
    return options + ["--format", "csv"]


def task_failed(meta, incomplete=()):
    """Whether a task failed, rather than ran with some inputs it could not read: zhtext exits
    1 for those and names them (`zhtext: error:`), and a partial run still writes its partial.
    A signal (a negative status), any other status, or a status 1 without zhtext's error line
    or without the partial is a failure."""
    _, index, status, err, _, _, _ = meta
    if status == 0:
        return index in incomplete
    if status == 1:
        return "zhtext: error:" not in err or index in incomplete
    return True


def describe_status(status):
    if status < 0:
        try:
            import signal
            return f"was killed by signal {signal.Signals(-status).name}"
        except ValueError:
            return f"was killed by signal {-status}"
    return f"exited with status {status}"


def report(metas, incomplete=()):
    """Forwards every task's messages; returns 0, 1 (some input could not be read) or
    TASK_FAILED."""
    worst = 0
    peak = 0
    for meta in sorted(metas, key=lambda meta: meta[1]):
        _, index, status, err, rss, seconds, rows = meta
        if err:
            sys.stderr.write(err if err.endswith("\n") else err + "\n")
        if task_failed(meta, incomplete):
            detail = "" if status not in (0, 1) else (" without a complete result" if index in incomplete
                                                        else " without saying which input it could not read")
            sys.stderr.write(f"zhtext_spark: error: task {index}: zhtext {describe_status(status)}{detail}\n")
            worst = TASK_FAILED
        elif status == 1:
            worst = max(worst, 1)
        peak = max(peak, rss)
    if os.environ.get("ZHTEXT_SPARK_STATS"):
        sys.stderr.write(f"zhtext_spark: {len(metas)} tasks; peak RSS of one task's zhtext: {peak / 1024:.1f} MB\n")
    return worst


if __name__ == "__main__":
    main(sys.argv[1:])
