package dev.gilcheck.checker.search;

/** Why a search stopped early: the limit it met, and a sentence with the numbers, for reports. */
public record Stop(StopReason reason, String message) {
}
