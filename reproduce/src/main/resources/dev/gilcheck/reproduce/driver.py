# gilcheck reproduce: the gdb script that forces a model witness on the real CPython binary.
# Run: GILCHECK_PLAN=plan.json gdb -batch -nx -x driver.py
# The plan (written by gilcheck) names the program, the fibers' segments of the witness and where each
# fiber must stop after its segment. With scheduler-locking on, only the fiber of the current segment
# runs, until it reaches its stop (a thread-specific breakpoint) or a wall-clock bound passes.
# Every result is one line on stdout starting with "@@ ", tab-separated.
import ctypes
import json
import os
import re
import threading
import time

import gdb

PLAN = json.load(open(os.environ["GILCHECK_PLAN"]))
# The C type of each watched block: a fiber's thread state, or the interpreter.
BLOCK_TYPES = {"interp": "PyInterpreterState"}
SIGUSR2 = 12
SYS_TGKILL = 234
libc = ctypes.CDLL(None, use_errno=True)


def emit(*fields):
    print("@@ " + "\t".join(str(f).replace("\t", " ").replace("\n", " ") for f in fields), flush=True)


class Done(Exception):
    """The run has its outcome."""

    def __init__(self, kind, detail):
        super().__init__(kind)
        self.kind = kind
        self.detail = detail


class Stops:
    """Remembers the last stop event gdb reported."""

    def __init__(self):
        self.event = None
        self.exit_code = None
        gdb.events.stop.connect(self.on_stop)
        gdb.events.exited.connect(self.on_exit)

    def on_stop(self, event):
        self.event = event

    def on_exit(self, event):
        self.exit_code = getattr(event, "exit_code", None)

    def clear(self):
        self.event = None

    def breakpoints(self):
        return list(getattr(self.event, "breakpoints", []) or [])

    def signal(self):
        return getattr(self.event, "stop_signal", None)


STOPS = Stops()


def in_cpython(frame):
    sal = frame.find_sal()
    return sal.symtab is not None and "python" in os.path.basename(sal.symtab.objfile.filename)


def where(frame=None):
    """function:line of the newest frame in CPython's own code (inline-aware), e.g. take_gil:228;
    a libc function the thread is in comes first: free() < _PyThreadState_DeleteExcept:952."""
    f = frame or gdb.newest_frame()
    outside = []
    while f is not None:
        if f.name() and in_cpython(f):
            return " < ".join(outside[:1] + ["%s:%d" % (f.name(), f.find_sal().line)])
        if f.name() and not outside:
            outside.append(re.sub(r"^_*(GI_)?_*(libc_)?_*", "", f.name()) + "()")
        f = f.older()
    return outside[0] if outside else "?"


def stack_functions(limit=40):
    names = []
    f = gdb.newest_frame()
    while f is not None and len(names) < limit:
        names.append(f.name() or "??")
        f = f.older()
    return names


def backtrace(limit=6):
    lines = []
    f = gdb.newest_frame()
    while f is not None and len(lines) < limit:
        sal = f.find_sal()
        lines.append("#%d %s" % (len(lines), "%s:%d" % (f.name(), sal.line) if sal.symtab else (f.name() or "??")))
        f = f.older()
    return lines


class Process:
    """The inferior: its pid and the gdb thread of each fiber."""

    def __init__(self):
        self.pid = None
        self.threads = {}
        self.blocks = {}
        self.freed = {}
        self.about_to_free = {}

    def start(self):
        gdb.execute("set pagination off")
        gdb.execute("set confirm off")
        gdb.execute("set breakpoint pending on")
        gdb.execute("handle SIGUSR2 stop print nopass")
        gdb.execute("handle SIGPIPE nostop noprint pass")
        gdb.execute("set environment GLIBC_TUNABLES glibc.malloc.tcache_count=0")
        gdb.execute("set environment MALLOC_PERTURB_ 165")
        gdb.execute("unset environment PYTHONUNBUFFERED")
        gdb.execute("set environment PYTHONDONTWRITEBYTECODE 1")
        gdb.execute("file " + PLAN["python"])
        marker = gdb.Breakpoint(PLAN["marker"], internal=True)
        gdb.execute("run %s %d %s > %s 2>&1" % (PLAN["program"], PLAN["daemons"], PLAN["ids"], PLAN["stdout"]))
        self.pid = gdb.selected_inferior().pid
        emit("pid", self.pid)
        if marker not in STOPS.breakpoints():
            raise Done("CANNOT", "the program did not reach its marker call (%s)" % describe_stop())
        marker.delete()
        self.map_threads()
        gdb.execute("set scheduler-locking on")

    def map_threads(self):
        """Reads the program's list: each fiber's native thread id and PyThreadState, and the interpreter."""
        lwps = {t.ptid[1]: t for t in gdb.selected_inferior().threads()}
        with open(PLAN["ids"]) as f:
            for line in f:
                name, tid, block = line.split()
                self.blocks[name] = int(block)
                if name in BLOCK_TYPES:
                    continue
                self.threads[name] = lwps[int(tid)]
        for name in sorted(self.threads):
            emit("fiber", name, self.threads[name].ptid[1], hex(self.blocks[name]))

    def interrupt(self, fiber):
        libc.syscall(SYS_TGKILL, self.pid, self.threads[fiber].ptid[1], SIGUSR2)


PROC = Process()


def describe_stop():
    if STOPS.exit_code is not None or not gdb.selected_inferior().pid:
        return "the process exited with code %s" % STOPS.exit_code
    sig = STOPS.signal()
    if sig:
        return "signal %s at %s" % (sig, where())
    return "stopped at %s" % where()


def block_type(name):
    return BLOCK_TYPES.get(name, "PyThreadState")


def free_watch(fiber):
    """A breakpoint on free() of any watched block not yet freed (daemon thread states, the
    interpreter), by fiber (the main thread)."""
    blocks = [a for name, a in PROC.blocks.items() if name not in PROC.freed]
    if fiber != "M" or not blocks:
        return None
    bp = gdb.Breakpoint("free", internal=True)
    bp.condition = " || ".join("$rdi == %d" % a for a in blocks)
    bp.thread = PROC.threads[fiber].num
    return bp


def owner_of(address):
    for name, a in PROC.blocks.items():
        if a == address:
            return name
    return "?"


class OutOfTime(Exception):
    """The watchdog interrupted the fiber: it did not get there within the bound."""


class Watchdog:
    """Interrupts fiber (SIGUSR2, which gdb stops on and never passes; "noprint" would imply "nostop") when bound seconds have passed."""

    def __init__(self, fiber, bound):
        self.fiber = fiber
        self.deadline = time.monotonic() + bound
        self.timer = threading.Timer(bound, PROC.interrupt, args=(fiber,))

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.cancel()

    def expired(self):
        return time.monotonic() >= self.deadline - 0.01


class Runner:
    """Resumes only one fiber (scheduler-locking on), recording the daemon thread states it frees."""

    def __init__(self, fiber, watchdog):
        self.fiber = fiber
        self.watchdog = watchdog
        owner = PROC.about_to_free.pop(fiber, None)
        if owner is not None:
            # stopped at the entry of free(owner's tstate): the first thing it does now is free it
            PROC.freed[owner] = PROC.blocks[owner]
            emit("freed", owner, hex(PROC.blocks[owner]), "free() at the start of the run")
        self.frees = free_watch(fiber)
        self.free_target = None
        gdb.execute("thread %d" % PROC.threads[fiber].num, to_string=True)

    def close(self):
        if self.frees is not None:
            self.frees.delete()

    def resume(self, command="continue"):
        """One gdb execution command; returns "stop" at a breakpoint of ours, else raises or returns why."""
        while True:
            STOPS.clear()
            gdb.execute(command, to_string=True)
            command = "continue"
            if STOPS.exit_code is not None or not gdb.selected_inferior().pid:
                return "exited"
            hit = STOPS.breakpoints()
            if self.frees is not None and self.frees in hit:
                owner = owner_of(int(gdb.parse_and_eval("$rdi")))
                if owner == self.free_target:
                    return "free"
                gdb.execute("finish", to_string=True)
                PROC.freed[owner] = PROC.blocks[owner]
                emit("freed", owner, hex(PROC.blocks[owner]), where())
                if len(hit) == 1:
                    continue
            sig = STOPS.signal()
            if sig == "SIGUSR2":
                if self.watchdog.expired():
                    raise OutOfTime()
                continue
            if sig:
                return "signal"
            return "stop"

    def until(self, spec, caller=None, count=1):
        """Runs until the count-th hit of a breakpoint at spec (whose immediate caller is caller, if given)."""
        bp = gdb.Breakpoint(spec, internal=True)
        bp.thread = PROC.threads[self.fiber].num
        try:
            while count > 0:
                how = self.resume()
                if how != "stop":
                    return how
                if bp in STOPS.breakpoints() and (caller is None or caller_name() == caller):
                    count -= 1
            return "stop"
        finally:
            bp.delete()

    def step(self):
        """One instruction, stepping over calls."""
        instruction = current_instruction()
        return self.resume("nexti" if instruction.startswith("call") else "stepi")


def caller_name():
    older = gdb.newest_frame().older()
    return older.name() if older is not None else None


def current_instruction():
    return gdb.execute("x/i $pc", to_string=True).split(":", 1)[-1].strip()


def field_range(owner, field):
    offset = int(gdb.parse_and_eval("(long)&((PyThreadState *)0)->%s" % field))
    start = PROC.blocks[owner] + offset
    return start, start + int(gdb.parse_and_eval("sizeof(((PyThreadState *)0)->%s)" % field))


def touches(instruction, start, end):
    return any(start <= a < end for a in operand_addresses(instruction))


def in_function(function):
    f = gdb.newest_frame()
    return f is not None and f.name() == function


def reach(runner, probe):
    """Brings the runner's fiber to the probe; returns how it ended ("stop" when it got there)."""
    kind = probe["kind"]
    count = probe.get("count", 1)
    if kind == "break":
        return runner.until(probe["spec"], count=count)
    if kind in ("call", "return"):
        how = runner.until(probe["callee"], caller=probe["caller"], count=count)
        if how == "stop" and kind == "return":
            how = runner.resume("finish")
        return how
    if kind == "free":
        runner.free_target = probe["owner"]
        for _ in range(count - 1):
            runner.resume()
        how = runner.resume()
        if how == "free":
            PROC.about_to_free[runner.fiber] = probe["owner"]
            return "stop"
        return how
    if kind == "access":
        if count > 1 or not in_function(probe["function"]):
            how = runner.until(probe["function"], count=count)
            if how != "stop":
                return how
        start, end = field_range(runner.fiber, probe["field"])
        for _ in range(probe.get("limit", 400)):
            if touches(current_instruction(), start, end):
                for _ in range(probe.get("skip", 0)):
                    how = runner.step()
                    if how != "stop":
                        return how
                return "stop"
            how = runner.step()
            if how != "stop":
                return how
            if not in_function(probe["function"]) and current_instruction().startswith("ret"):
                return "left %s without reading its %s" % (probe["function"], probe["field"])
        return "no access to %s within %d instructions" % (probe["field"], probe.get("limit", 400))
    if kind == "park":
        try:
            runner.resume()
        except OutOfTime:
            return "stop" if probe["function"] in stack_functions() else "parked outside %s" % probe["function"]
        return "did not stay blocked in %s" % probe["function"]
    return "cannot"


def run_to(fiber, probe, bound):
    """Runs fiber to the probe within bound seconds; "stop" when it got there, else how it ended."""
    with Watchdog(fiber, bound) as watchdog:
        runner = Runner(fiber, watchdog)
        try:
            return reach(runner, probe)
        except OutOfTime:
            return "still at %s after %.1f s" % (where(), bound)
        finally:
            runner.close()


def force_segment(segment):
    fiber = segment["fiber"]
    probe = segment["stop"]
    steps = segment["steps"]
    for index in steps[:-1]:
        emit("step", index, fiber, "ran", "")
    if probe["kind"] == "cannot":
        raise Done("CANNOT", "after step %d (%s) the harness has no way to stop the thread before %s"
                   % (steps[-1], fiber, probe["label"]))
    how = "stop"
    if "via" in segment:
        how = run_to(fiber, segment["via"], PLAN["step_bound"])
        probe = probe if how == "stop" else segment["via"]
    if how == "stop":
        how = run_to(fiber, probe, PLAN["park"] if probe["kind"] == "park" else PLAN["step_bound"])
    if how == "stop":
        emit("step", steps[-1], fiber, "stopped", where())
        return
    place = describe_stop() if how in ("signal", "exited") else how
    emit("step", steps[-1], fiber, "diverged", place)
    if how == "signal":
        raise Done("NOT REPRODUCED", "step %d (%s) crashed before the site: %s; %s"
                   % (steps[-1], fiber, place, " | ".join(backtrace())))
    raise Done("NOT REPRODUCED", "after step %d (%s) the thread did not reach %s: %s"
               % (steps[-1], fiber, probe["label"], place))


MEMORY_OPERAND = re.compile(r"(-?0x[0-9a-f]+|-?\d+)?\((%\w+)?(?:,(%\w+),(\d))?\)")


def operand_addresses(instruction):
    """The addresses of the memory operands of one disassembled AT&T instruction (none for lea)."""
    if re.match(r"\s*lea", instruction) or "nop" in instruction:
        return []
    found = []
    for disp, base, index, scale in MEMORY_OPERAND.findall(instruction):
        address = int(disp, 0) if disp else 0
        if base:
            address += int(gdb.parse_and_eval("(long)$" + base[1:]))
        if index:
            address += int(gdb.parse_and_eval("(long)$" + index[1:])) * int(scale)
        found.append(address & (2 ** 64 - 1))
    return found


def freed_block_at(address):
    for name, block in sorted(PROC.freed.items()):
        if block <= address < block + int(gdb.parse_and_eval("sizeof(%s)" % block_type(name))):
            return name, block
    return None


def find_access(runner, limit):
    """Steps the runner's fiber until it reads or writes a freed block; returns
    (owner, block, address, instruction), or None after limit instructions or a crash."""
    for _ in range(limit):
        instruction = current_instruction()
        for address in operand_addresses(instruction):
            hit = freed_block_at(address)
            if hit:
                return hit[0], hit[1], address, instruction
        if runner.step() != "stop":
            return None
    return None


def finish_access(final):
    fiber = final["fiber"]
    if not PROC.freed:
        raise Done("NOT REPRODUCED", "no thread state and no interpreter was freed before step %d" % final["step"])
    with Watchdog(fiber, PLAN["step_bound"]) as watchdog:
        runner = Runner(fiber, watchdog)
        try:
            access = find_access(runner, 64)
            if access is None:
                emit("step", final["step"], fiber, "diverged", describe_stop())
                raise Done("NOT REPRODUCED", "step %d (%s): no access to a freed block at the site: %s"
                           % (final["step"], fiber, describe_stop()))
            owner, block, address, instruction = access
            at = where()
            emit("step", final["step"], fiber, "stopped", at)
            emit("access", owner, hex(block), "+%d" % (address - block), instruction, at)
            what = "%s's freed %s %s at +%d (%s)" % (owner, block_type(owner), hex(block), address - block, instruction)
            if final["function"] not in stack_functions(8):
                raise Done("NOT REPRODUCED", "the access to %s is in %s, not %s" % (what, at, final["function"]))
            try:
                after = runner.resume()
            except OutOfTime:
                after = "bound"
        finally:
            runner.close()
    if after == "signal":
        raise Done("REPRODUCED crash", "%s at %s after %s read or wrote %s; %s"
                   % (STOPS.signal(), where(), at, what, " | ".join(backtrace())))
    raise Done("REPRODUCED access", "%s reads or writes %s" % (at, what))


def main_thread_stack():
    for t in gdb.selected_inferior().threads():
        if t.ptid[1] == PROC.pid:
            t.switch()
            return stack_functions(), where()
    return [], "?"


def finish_hang(final):
    pid = PROC.pid
    gdb.execute("set scheduler-locking off")
    gdb.execute("detach")
    time.sleep(PLAN["hang_wait"])
    if not os.path.exists("/proc/%d" % pid) or open("/proc/%d/stat" % pid).read().split(") ")[1][0] == "Z":
        raise Done("NOT REPRODUCED", "the process exited within %.0f s of the detach" % PLAN["hang_wait"])
    gdb.execute("attach %d" % pid)
    names, top = main_thread_stack()
    if final["function"] not in names:
        raise Done("NOT REPRODUCED", "alive %.0f s after the detach but the main thread is in %s"
                   % (PLAN["hang_wait"], " < ".join(names[:6])))
    raise Done("REPRODUCED hang", "alive %.0f s after gdb detached; main thread at %s: %s"
               % (PLAN["hang_wait"], top, " < ".join(n for n in names[:8])))


def main():
    try:
        PROC.start()
        for segment in PLAN["segments"]:
            force_segment(segment)
        final = PLAN["final"]
        if final["kind"] == "access":
            finish_access(final)
        else:
            finish_hang(final)
    except Done as d:
        emit("outcome", d.kind, d.detail)
    except gdb.error as e:
        emit("outcome", "CANNOT", "gdb: %s" % e)
    except Exception as e:  # a fault of this script: say so rather than end without an outcome
        emit("outcome", "CANNOT", "harness error: %s: %s" % (type(e).__name__, e))
    finally:
        try:
            if gdb.selected_inferior().pid:
                gdb.execute("kill")
        except gdb.error:
            pass


main()
