# What bench/spin/compare and bench/ab/compare print about the run, sourced by both; $repo is the
# repository.

# The launcher's base JVM options (its opts= line; huge pages and the class archive are added at run time).
launcher_opts() {
  grep -m1 '^opts=' "$repo/gilcheck" | cut -d'"' -f2
}

# The cores and the processor.
cpu() {
  echo "$(nproc) cores (nproc), $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
}

# HEAD's short hash, and $1 when the working tree has uncommitted changes.
commit_described() {
  echo "$(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- . 2>/dev/null || echo "$1")"
}
