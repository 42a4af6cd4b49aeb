package dev.gilcheck.model;

/** A change that is either absent or present: the value of every two-way toggle. */
public enum Switch implements ToggleValue {
    OFF, ON
}
