package org.anlan.warning.cap;

/** The bytes are not a well-formed, acceptable XML document (too large, too deep, a DTD, an entity …). */
public class CapReadException extends Exception {

    private final transient CapProblem problem;

    CapReadException(String path, String reason) {
        super(path + ": " + reason);
        this.problem = new CapProblem(path, reason);
    }

    public CapProblem problem() {
        return problem;
    }
}
