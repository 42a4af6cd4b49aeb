package dev.gilcheck.checker.engine;

/** Whether a step can run now. A step whose guard is false leaves its fiber blocked. */
@FunctionalInterface
public interface Guard {
    boolean enabled(Machine m);
}
