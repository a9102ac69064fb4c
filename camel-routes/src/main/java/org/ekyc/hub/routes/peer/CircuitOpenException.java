package org.ekyc.hub.routes.peer;

/** The peer's circuit breaker is open: the call was not made. */
public class CircuitOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CircuitOpenException(String circuitId) {
        super("circuit " + circuitId + " open: call not made");
    }
}
