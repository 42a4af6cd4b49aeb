package dev.gilcheck.checker.engine;

/** A simulated thread: its name in schedules, its program, and the field holding its program counter. */
public record Fiber(String name, Program program, Field pc) {
}
