#!/usr/bin/env python3
"""Prints the speed goals of issue 12 side by side, measured on this machine in one run.

  cold   ./briefsmith build --force of the sample (6 documents), against Pandoc making the same 6
         (each audience's text, taken once from our Word file, as Markdown -> .docx and -> .pdf via
         wkhtmltopdf, two at a time as our build runs two jobs); skipped without pandoc.
  warm   ./briefsmith bench --warm --briefs N for each N: documents/s, CPU per document (by audience
         and format), peak resident memory (VmHWM) and whether it stays flat from the first N to the
         last, for the whole run from a cold JVM (a nightly build: what its briefs cost, the JVM's
         class loading and compiling included), and for the same build from scratch again in the
         process that has just made it (a warm process, as `watch` keeps; bench --warm).

Wall times on a shared machine are noisy: CPU times (user + system, children included) are printed
beside them, and the load average before and after. --realtime runs both cold builds at a real-time
priority (chrt -f 10; root only), so other work on the machine hardly moves their wall times. Usage:
  scripts/bench-vs-pandoc.py [--runs 5] [--briefs 1000 10000] [--jobs 2] [--realtime]
"""
import argparse, concurrent.futures, os, pathlib, re, resource, shutil, statistics, subprocess
import sys, tempfile, time

here = pathlib.Path(__file__).resolve().parent.parent
brief = here / "briefsmith"


def timed(cmd, **kw):
    """Runs cmd; returns (wall s, CPU s of the children, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(map(str, cmd))}\n{p.stdout}\n{p.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, p.stdout + p.stderr


def cold(runs, work, prefix):
    subprocess.run([str(brief), "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls, cpus = [], []
    for _ in range(runs):
        w, c, _ = timed(prefix + [str(brief), "build", "--force", "--out", str(work / "out")],
                        cwd=here)
        walls.append(w)
        cpus.append(c)
    return statistics.median(walls), statistics.median(cpus)


def pandoc(runs, work, prefix):
    if not shutil.which("pandoc") or not shutil.which("wkhtmltopdf"):
        return None
    md = work / "md"
    md.mkdir()
    docs = sorted((work / "out").glob("*/*.docx"))
    for d in docs:  # setup, not timed: the same text as Markdown
        subprocess.run(["pandoc", "-f", "docx", "-t", "markdown", f"--extract-media={md}/media",
                        "-o", str(md / (d.stem + ".md")), str(d)], check=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    jobs = []
    for m in sorted(md.glob("*.md")):
        jobs.append(prefix + ["pandoc", str(m), "-o", str(m.with_suffix(".docx"))])
        jobs.append(prefix + ["pandoc", str(m), "--pdf-engine=wkhtmltopdf", "-o",
                              str(m.with_suffix(".pdf"))])
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda c: subprocess.run(c, cwd=md, env=env, check=True,
                                                    stdout=subprocess.DEVNULL,
                                                    stderr=subprocess.DEVNULL), jobs))
        walls.append(time.monotonic() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(walls), statistics.median(cpus), len(jobs)


def bench(n, jobs):
    _, cpu, out = timed([str(brief), "bench", "--warm", "--briefs", str(n), "--jobs", str(jobs)],
                        cwd=here)
    out, _, again = out.partition("\nwarm build")
    rate = float(re.search(r"in [\d.]+ s: (\d+) documents/s", out).group(1))
    per = float(re.search(r"CPU per document: ([\d.]+) ms", out).group(1))
    rss = int(re.search(r"peak resident memory: (\d+) MiB", out).group(1))
    full = int(re.search(r"; (\d+) MiB when the full build ended", out).group(1))
    kinds = dict(re.findall(r"^  (\w+ \w+) +([\d.]+) ms$", out, re.M))
    compiler = re.search(r"^compiler: (.*)$", out, re.M)
    warm = re.search(r"in [\d.]+ s: (\d+) documents/s; ([\d.]+) ms of process CPU", again)
    return {"rate": rate, "cpu": per, "rss": rss, "full": full, "kinds": kinds, "text": out,
            "compiler": compiler.group(1) if compiler else "?",
            "warm": (float(warm.group(1)), float(warm.group(2))),
            "warm_kinds": dict(re.findall(r"^  (\w+ \w+) +([\d.]+) ms$", again, re.M))}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--briefs", type=int, nargs="*", default=[1000, 10000])
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--realtime", action="store_true",
                   help="cold builds at real-time priority (chrt -f 10, root only)")
    a = p.parse_args()
    prefix = []
    if a.realtime:
        if not shutil.which("chrt") or os.geteuid() != 0:
            sys.exit("--realtime needs chrt and root")
        prefix = ["chrt", "-f", "10"]
    load0 = os.getloadavg()
    work = pathlib.Path(tempfile.mkdtemp(prefix="briefsmith-vs-pandoc-"))
    try:
        ours = cold(a.runs, work, prefix)
        theirs = pandoc(a.runs, work, prefix)
        benches = [(n, bench(n, a.jobs)) for n in a.briefs]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load1 = os.getloadavg()

    print(f"machine: {os.cpu_count()} cores; load average {load0[0]:.1f} before, {load1[0]:.1f} after")
    print(f"cold, the sample's 6 documents (median of {a.runs}"
          f"{', real-time priority' if prefix else ''}):")
    print(f"  briefsmith build --force   {ours[0]:.2f} s wall, {ours[1]:.2f} s CPU")
    if theirs:
        print(f"  pandoc ({theirs[2]} files, 2 at a time) {theirs[0]:.2f} s wall, {theirs[1]:.2f} s CPU")
        ratio = ours[0] / theirs[0]
        print(f"  goal <= 0.5x Pandoc's wall time: {ratio:.2f}x -> {'met' if ratio <= 0.5 else 'NOT met'}")
    else:
        print("  pandoc or wkhtmltopdf not installed: no comparison")
    if not benches:
        return
    print("bench (all audiences, both formats); goal: >= 200 docs/s warm, ~10 ms CPU/doc,"
          " <= 1024 MiB, flat")
    print(f"  {'':>7} {'whole run, cold JVM':>19}   {'warm process':>16}   {'memory, whole run':>22}")
    print(f"  {'briefs':>7} {'docs/s':>7} {'CPU/doc':>9}   {'docs/s':>7} {'CPU/doc':>8}"
          f"   {'peak RSS':>9} {'(full build)':>12}")
    for n, b in benches:
        w = b["warm"]
        print(f"  {n:>7} {b['rate']:>7.0f} {b['cpu']:>7.1f}ms   {w[0]:>7.0f} {w[1]:>6.1f}ms"
              f"   {b['rss']:>5} MiB {b['full']:>8} MiB   ({b['compiler']})")
    kinds = sorted(benches[0][1]["kinds"])
    print(f"  CPU per document by kind at {benches[-1][0]} briefs (ms, on its thread), whole run: " +
          ", ".join(f"{k} {benches[-1][1]['kinds'][k]}" for k in kinds))
    print("  the same, warm process: " +
          ", ".join(f"{k} {benches[-1][1]['warm_kinds'].get(k, '?')}" for k in kinds))
    low = min(b["warm"][0] for _, b in benches)
    print(f"  goal >= 200 documents/s warm, at every N: {low:.0f} at the lowest -> "
          f"{'met' if low >= 200 else 'NOT met'}")
    r = benches[-1][1]["rss"] / benches[0][1]["rss"]
    f = benches[-1][1]["full"] / benches[0][1]["full"]
    if len(benches) > 1:
        print(f"  peak RSS {benches[-1][0]} vs {benches[0][0]} briefs: {r:.2f}x, "
              f"{f:.2f}x when the full build ended ({'flat' if max(r, f) <= 1.25 else 'grows'})")


if __name__ == "__main__":
    main()
