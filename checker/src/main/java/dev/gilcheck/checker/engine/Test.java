package dev.gilcheck.checker.engine;

/** The action of a step that decides a branch: does what the step does and says which way it goes. */
@FunctionalInterface
public interface Test {
    boolean holds(Machine m);
}
