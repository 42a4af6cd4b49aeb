package dev.gilcheck.checker.engine;

/** Input that cannot be used as given. The message is one line that says what to do instead. */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
