package dev.gilcheck.checker.engine;

/**
 * What a step does to the world. It falls through to the next step of its program unless it calls
 * {@link Machine#jump(Label)}.
 */
@FunctionalInterface
public interface Action {
    void run(Machine m);
}
