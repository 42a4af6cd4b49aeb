# gilcheck reproduce: the Python program under gdb. Usage: python program.py DAEMONS IDS_FILE
# Daemon threads D1..Dn publish their native thread id and their PyThreadState (the main thread too,
# and the interpreter's address), then sleep in a loop
# (each sleep releases the GIL: the daemons start where the model's daemons start). The main thread
# calls os.getppid() (the marker gdb breaks on) and returns, so Py_FinalizeEx runs; its atexit call
# leaves one line of buffered output (stdout is a file), whose flush after the daemons' thread states
# are freed is the main thread's cleanup GIL release. (Output printed by the script itself is flushed
# before Py_FinalizeEx starts.)
import atexit
import ctypes
import os
import sys
import threading
import time

daemons = int(sys.argv[1])
ids_file = sys.argv[2]
sys.setswitchinterval(0.5)
get_tstate = ctypes.pythonapi.PyThreadState_Get
get_tstate.restype = ctypes.c_void_p
get_interp = ctypes.pythonapi.PyInterpreterState_Get
get_interp.restype = ctypes.c_void_p
published = {}
ready = threading.Condition()


def daemon(name):
    with ready:
        published[name] = (threading.get_native_id(), get_tstate())
        ready.notify()
    while True:
        time.sleep(0.3)


# D1 starts last: CPython puts a new thread state at the head of the interpreter's list, and the
# model's finalization visits D1 first.
for k in range(daemons, 0, -1):
    threading.Thread(target=daemon, args=("D%d" % k,), daemon=True).start()
with ready:
    ready.wait_for(lambda: len(published) == daemons)
published["M"] = (threading.get_native_id(), get_tstate())
time.sleep(0.1)
with open(ids_file, "w") as f:
    for name in sorted(published):
        tid, tstate = published[name]
        f.write("%s %d %d\n" % (name, tid, tstate))
    f.write("interp 0 %d\n" % get_interp())
atexit.register(lambda: sys.stdout.write("main thread done\n"))
os.getppid()
