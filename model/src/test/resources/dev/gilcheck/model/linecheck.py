# Resolves source rows (file, line, function) in a running CPython's libpython: a row holds when code
# at file:line runs in the function (the function, or one it was inlined into, on the block chain), or
# when the function makes an inlined call at file:line. Rows: $GILCHECK_ROWS, one "file\tline\tfunction".
import gdb

def chain(pc):
    names = []
    b = gdb.block_for_pc(pc)
    while b is not None:
        if b.function is not None and b.function.name not in names:
            names.append(b.function.name)
        b = b.superblock
    return names

tables = {}
def line_pcs(path, line):
    if path not in tables:
        t = {}
        for probe in (1, 50, 100, 200, 500, 1000, 2000, 3000):
            try:
                sals = gdb.decode_line("%s:%d" % (path, probe))[1] or []
            except gdb.error:
                continue
            for sal in sals:
                for e in sal.symtab.linetable():
                    t.setdefault(e.line, set()).add(e.pc)
            if sals:
                break
        tables[path] = t
    return tables[path].get(line, set())

calls = {}
def call_sites(function):
    """(file, line) of every inlined call made directly by the out-of-line copy of function."""
    if function not in calls:
        found = set()
        sym = gdb.lookup_global_symbol(function) or gdb.lookup_static_symbol(function)
        if sym is not None and sym.addr_class == gdb.SYMBOL_LOC_BLOCK:
            block = gdb.block_for_pc(int(sym.value().address))
            while block is not None and (block.function is None or block.function.name != function):
                block = block.superblock
            if block is not None:
                arch = gdb.selected_frame().architecture()
                for ins in arch.disassemble(block.start, block.end - 1):
                    gdb.execute("set $pc = %d" % ins["addr"], to_string=True)
                    frame = gdb.newest_frame()
                    while frame is not None and frame.type() == gdb.INLINE_FRAME:
                        caller = frame.older()
                        if caller.name() == function:
                            sal = caller.find_sal()
                            if sal.symtab is not None:
                                found.add((sal.symtab.filename.lstrip("./"), sal.line))
                            break
                        frame = caller
        calls[function] = found
    return calls[function]

gdb.execute("set pagination off")
gdb.execute("set confirm off")
gdb.execute("break main", to_string=True)
gdb.execute("run -S -c pass", to_string=True)
for row in open(str(gdb.parse_and_eval("$GILCHECK_ROWS").string())).read().splitlines():
    path, line, function = row.split("\t")
    pcs = line_pcs(path, int(line))
    found = set()
    for pc in pcs:
        found.update(chain(pc))
    if function in found:
        print("OK\t%s" % row)
    elif (path, int(line)) in call_sites(function):
        print("OK-CALL\t%s" % row)
    elif pcs:
        print("ELSEWHERE\t%s\t%s" % (row, ",".join(sorted(found))))
    else:
        print("NOCODE\t%s" % row)
gdb.execute("kill", to_string=True)
