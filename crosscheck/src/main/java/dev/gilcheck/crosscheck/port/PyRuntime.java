package dev.gilcheck.crosscheck.port;

/**
 * _PyRuntime (process globals, never freed): the finalizing pointer (_Py_Finalizing in 3.2,
 * runtime->finalizing / _finalizing later) and, until 3.9, the GIL drop request. In builds that
 * predate the finalizing pointer it still records where finalization began, and only the
 * invariant checks read it.
 */
final class PyRuntime {
    ThreadState finalizing;
    boolean gilDropRequest;
}
