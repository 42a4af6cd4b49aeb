package dev.gilcheck.crosscheck;

import java.util.List;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionResult;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionResultKt;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.util.ExceptionResult;
import org.jetbrains.kotlinx.lincheck.util.LincheckResult;
import org.jetbrains.lincheck.datastructures.verifier.Verifier;

/**
 * The port's threads return nothing; a thread that commits a violation throws it. So an
 * execution is correct exactly when no thread ended with an exception.
 */
public final class AnyViolationFails implements Verifier {

    public AnyViolationFails(Class<?> sequentialSpecification) {
        // no sequential specification: correctness is the absence of a thrown violation
    }

    @Override
    public boolean verifyResults(ExecutionScenario scenario, ExecutionResult result) {
        for (List<LincheckResult> thread : ExecutionResultKt.getThreadsResults(result)) {
            for (LincheckResult r : thread) {
                if (r instanceof ExceptionResult) {
                    return false;
                }
            }
        }
        return true;
    }
}
