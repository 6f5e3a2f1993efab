#!/usr/bin/env python3
"""Measures `briefsmith watch`: the time from saving a brief to the printed result.

Copies the sample into a temporary folder, starts the watch there, puts a few words at the start of
the brief's summary N times (a real edit of the text, saved with one write), and prints each time from the write to the
watch's summary line, and their median. Usage: scripts/watch-latency.py [--audience executive] [-n 5]
"""
import argparse, os, pathlib, shutil, statistics, subprocess, sys, tempfile, time

here = pathlib.Path(__file__).resolve().parent.parent
p = argparse.ArgumentParser()
p.add_argument("--audience", default="executive", help="'' for every audience")
p.add_argument("-n", type=int, default=5)
a = p.parse_args()

work = pathlib.Path(tempfile.mkdtemp(prefix="briefsmith-watch-"))
shutil.copytree(here / "content", work / "content")
shutil.copytree(here / "templates", work / "templates")
brief = sorted((work / "content").glob("*.yaml"))[0]
original = brief.read_text(encoding="utf-8")
cmd = [str(here / "briefsmith"), "watch", "--content", str(work / "content"),
       "--templates", str(work / "templates"), "--out", str(work / "output")]
if a.audience:
    cmd += ["--audience", a.audience]
proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, bufsize=1)

def cpu_seconds():
    """The watch process's CPU time so far (user + system), from /proc; None elsewhere."""
    try:
        fields = pathlib.Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return None


def until_watching():
    lines = []
    for line in proc.stdout:
        lines.append(line.rstrip())
        if line.startswith("watch: watching"):
            return lines
    raise SystemExit("the watch ended: " + "\n".join(lines))

until_watching()
times = []
cpus = []
try:
    for i in range(a.n):
        time.sleep(0.5)
        edited = original.replace("summary: >-\n  ", f"summary: >-\n  Edit {i}. ", 1)
        c0 = cpu_seconds()
        t0 = time.monotonic()
        with open(brief, "w", encoding="utf-8") as f:
            f.write(edited)
        lines = until_watching()
        t1 = time.monotonic()
        c1 = cpu_seconds()
        times.append(t1 - t0)
        if c0 is not None and c1 is not None:
            cpus.append(c1 - c0)
        summary = [l for l in lines if l.startswith("watch:") and "watching" not in l]
        cpu = f", {1000 * cpus[-1]:.0f} ms of CPU" if cpus else ""
        print(f"edit {i + 1}: {1000 * (t1 - t0):.0f} ms from the save to the printed result{cpu}: {summary[-1] if summary else lines}")
finally:
    proc.terminate()
    proc.wait()
    shutil.rmtree(work, ignore_errors=True)
cpu = f", median {1000 * statistics.median(cpus):.0f} ms of the watch's CPU per rebuild" if cpus else ""
print(f"median {1000 * statistics.median(times):.0f} ms from save to result over {len(times)} edits{cpu}"
      f" (audience: {a.audience or 'all'}; load average {os.getloadavg()[0]:.1f})")
