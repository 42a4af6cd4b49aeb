package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Violation;

/** A violation a run met, and after how many of its steps ({@code steps} = 0: in the initial world). */
public record Hit(Violation violation, int steps) {
}
