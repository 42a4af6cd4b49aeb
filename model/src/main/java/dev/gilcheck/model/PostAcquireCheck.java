package dev.gilcheck.model;

/** take_gil's own finalizing check once the GIL is taken (toggle post-acquire-check: fix 2, 3, 4). */
public enum PostAcquireCheck implements ToggleValue {
    NONE, AFTER_UNLOCK, BEFORE_ASYNC_EXC, AFTER_READY
}
